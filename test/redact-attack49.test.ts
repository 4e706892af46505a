/**
 * Attack 49 (independent, black box, agents' logs): what went out or was damaged, planted anew from a seed
 * (REDACT_SEED replays):
 * - a person's messages logged one a record (`"role": "user"`) were read as one model's stream: a password at the
 *   end of one message went on into the next one's first word (`wachtwoord: <password>` then `hasło to …`), which
 *   was redacted with it and learned for the whole export;
 * - a generator's password joined by a dot (`pejNSuzIIL.tWHWuxZFj`) after a password's word was read as code's path;
 * - a random password with a `_` between letters of both cases after `admin /` was read as a snake_case name.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seededGen, type SeededGen } from './helpers/fake-secrets.js';
import { filtered, itKeeps, itRedacts, leaksWindow, learningRedactor, type Plant } from './helpers/filtered.js';

const SEED = Number(process.env.REDACT_SEED ?? 4901);

/** A generator's random run of both cases and digits, `n` long. */
const randomRun = (g: SeededGen, n: number): string => {
  for (;;) {
    const v = g.pick('alnum', n);
    if (/[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v)) return v;
  }
};

const LABELS = ['wachtwoord:', 'Passwort:', 'my password:', 'şifrem', 'mot de passe :', 'contraseña:', 'password is'];
const NEXT_WORDS = ['hasło', 'thanks', 'danke', 'merci', 'also', 'ok', 'gracias'];

describe(`attack 49 (seed ${SEED})`, () => {
  it("a person's messages one a record are no stream: the next message's first word stays and is not learned", () => {
    const g = seededGen(SEED);
    for (let i = 0; i < 12; i++) {
      const pw = `${g.one(['Gatito', 'Sommer', 'Tigre', 'Ciudad'])}${2000 + g.int(26)}!${g.pick('letters', 2)}`;
      const word = g.one(NEXT_WORDS);
      const role = g.one(['"role": "user", ', '"type": "message", "role": "user", ', '"type": "message", ']);
      const rec = (content: string): string => `{"ts": ${i}, ${role}"content": "${content}"}`;
      const text = `${rec(`${g.one(LABELS)} ${pw}`)}\n${rec(`${word} to the staging box, please`)}\n`;
      const r = learningRedactor();
      const out = filtered(r, 'events.jsonl', text);
      assert.ok(!leaksWindow(out, pw), out);
      assert.ok(out.includes(`"content": "${word} to the staging box`), out);
      assert.ok(!r.learned!.since(0).some((v) => v.includes(word)), r.learned!.since(0).join(' '));
    }
  });

  it("a value read across a stream's records is learned whole, not by its pieces", () => {
    const g = seededGen(SEED + 2);
    for (let i = 0; i < 8; i++) {
      const key = randomRun(g, 24 + g.int(8));
      const cut = 6 + g.int(10);
      const rec = (content: string): string => `{"type": "content", "content": "${content}"}`;
      const text = `${rec(`export SERVICE_TOKEN=${key.slice(0, cut)}`)}\n${rec(key.slice(cut))}\n`;
      const r = learningRedactor();
      const out = filtered(r, 'streaming_debug.jsonl', text);
      assert.ok(!leaksWindow(out, key), out);
      const learned = r.learned!.since(0);
      assert.ok(learned.includes(key), learned.join(' '));
      assert.ok(!learned.includes(key.slice(0, cut)) && !learned.includes(key.slice(cut)), learned.join(' '));
    }
  });

  itRedacts(
    "a generator's password of two random parts joined by a dot after a password's word, and one with a `_` after a login",
    (): Plant[] => {
      const g = seededGen(SEED + 1);
      return Array.from({ length: 16 }, (_, i) => {
        const value =
          i % 2 === 0
            ? `${randomRun(g, 10)}.${randomRun(g, 9)}`
            : `${randomRun(g, 6 + g.int(4))}_${g.pick('upperAlnum', 1)}${randomRun(g, 10)}`;
        const text =
          i % 2 === 0 ? `${g.one(LABELS)} ${value}\n` : `${g.one(['creds →', 'login:', 'ssh'])} admin / ${value}\n`;
        return { name: `plant ${i}`, rel: 'agent_outputs/agent_a.txt', text, value };
      });
    },
    16,
  );

  itKeeps('code paths after a password word, and names joined by `_` after a login', () => [
    ['agent_outputs/agent_a.txt', 'my password is config.dbPassword\nthe password is settings.PasswordHasher\n'],
    ['agent_outputs/agent_a.txt', 'admin / app_user_password_here\nroot / DEFAULT_ADMIN_PASSWORD\n'],
    ['events.jsonl', '{"type": "content", "content": "Hello"}\n{"type": "content", "content": " world"}\n'],
  ]);
});
