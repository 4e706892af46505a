import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isToolFile, toolFileJudge } from '../src/core/tool-files.js';

/**
 * What a pull leaves out by its content: configuration files that make a test runner or a linter import code from
 * the folder (a plugin beside them runs as `conftest.py` would), and not the many that only describe a project.
 */
const judge = (rel: string, text: string): boolean => isToolFile(rel, Buffer.from(text));

describe('tool files: configuration that loads code from its folder', () => {
  const loading: [string, string][] = [
    ['pytest.ini', '[pytest]\npythonpath = .\naddopts = -p helper_plugin\n'],
    ['ws/pytest.ini', '[pytest]\naddopts = -ra -q -phelper\n'],
    ['ws/tox.ini', '[tox]\nenvlist = py311\n\n[pytest]\naddopts =\n    -v\n    -p helper_plugin\n'],
    ['ws/setup.cfg', '[metadata]\nname = app\n\n[tool:pytest]\naddopts = --strict-markers -p evil\n'],
    ['ws/pyproject.toml', '[project]\nname = "app"\n\n[tool.pytest.ini_options]\naddopts = "-p helper_plugin"\n'],
    ['ws/pyproject.toml', '[tool.pytest.ini_options]\naddopts = [\n  "-p",\n  "helper_plugin",\n]\n'],
    ['ws/pyproject.toml', '[tool.pytest.ini_options]\npythonpath = ["."]\n'],
    ['ws/PyProject.TOML', '[tool.pytest.ini_options]\npythonpath = ["src"]\n'],
    ['ws/pylintrc', '[MAIN]\ninit-hook = "import os; os.system(\'id\')"\n'],
    ['ws/pyproject.toml', '[tool.pylint.main]\nload-plugins = ["helper"]\n'],
    ['ws/setup.cfg', '[flake8:local-plugins]\nextension =\n    X = helper:Plugin\npaths = ./\n'],
  ];
  const describing: [string, string][] = [
    // pyproject.toml, setup.cfg and tox.ini are left out whatever they hold (pip and tox act on them: tool-files-run).
    ['ws/pytest.ini', '[pytest]\naddopts = -ra -q --strict-markers\ntestpaths = tests\n'],
    ['ws/pytest.ini', '[pytest]\naddopts = -p no:cacheprovider\n'],
    ['ws/pylintrc', '[MAIN]\nmax-line-length = 100\n'],
    ['ws/pytest.ini', '[pytest]\nmarkers =\n    slow: marks tests as slow\n'],
    ['ws/notes/pyproject.md', 'addopts = -p helper\n'],
  ];
  it('leaves out the ones that load code', () => {
    assert.deepEqual(
      loading.filter(([rel, text]) => !judge(rel, text)).map(([rel]) => rel),
      [],
    );
  });
  it('keeps the ones that only describe a project', () => {
    assert.deepEqual(
      describing.filter(([rel, text]) => judge(rel, text)).map(([rel, text]) => `${rel}: ${text}`),
      [],
    );
  });
  it('leaves such a file out when its content is not known (a link)', () => {
    assert.equal(isToolFile('ws/pyproject.toml'), true);
    assert.equal(isToolFile('ws/README.md'), false);
  });
  it('leaves out the instruction files and MCP settings coding agents read on start, mise and Ansible settings', () => {
    for (const rel of [
      'ws/AGENT.md',
      'ws/AGENTS.override.md',
      'ws/QWEN.md',
      'ws/CRUSH.md',
      'ws/WARP.md',
      'ansible.cfg',
      'ws/opencode.json',
      'ws/OpenCode.jsonc',
      'crush.json',
      'ws/mise.local.toml',
      'ws/mise.production.toml',
      'ws/mise/config.toml',
      'mise/conf.d/tasks.toml',
    ])
      assert.equal(isToolFile(rel, Buffer.from('x\n')), true, rel);
    for (const rel of [
      'ws/agent-notes.md',
      'ws/docs/agents.txt',
      'ws/ansible/site.yml',
      'ws/opencode-notes.json',
      'ws/mise-notes.toml',
      'ws/mise/README.md',
      'ws/crush.jsonl',
    ])
      assert.equal(isToolFile(rel, Buffer.from('x\n')), false, rel);
  });
});

describe('one pull judges each folder once (toolFileJudge): the same answers as isToolFile', () => {
  const paths = [
    'turn_1/attempt_1/final/agent_a/workspace/src/a.ts',
    'turn_1/attempt_1/final/agent_a/workspace/.vscode/settings.json',
    'turn_1/attempt_1/final/agent_a/workspace/.vscode/other.json',
    'turn_1/attempt_1/final/agent_a/workspace/.VSCode./x.json',
    'turn_1/attempt_1/final/agent_a/workspace/.gitignore',
    'turn_1/attempt_1/final/agent_a/workspace/.gitignore/inside.txt',
    'turn_1/attempt_1/final/agent_a/workspace/conftest.py',
    'turn_1/attempt_1/final/agent_a/workspace/conftest.py/nested.txt',
    'turn_1/attempt_1/final/agent_a/workspace/CLAUDE.md ',
    'turn_1/attempt_1/final/agent_a/workspace/pkg/pyproject.toml',
    'turn_1/attempt_1/final/agent_a/workspace/pkg/src/deep/er/file.py',
    '.envrc',
    'top.txt',
    'a/.git/config',
    'a/b/c/.hooks/d/e.sh',
  ];
  for (const content of [
    undefined,
    Buffer.from('[tool.pytest.ini_options]\naddopts = "-p evil"\n'),
    Buffer.from('x\n'),
  ]) {
    it(`for each path, every order, content ${content === undefined ? 'unknown' : 'known'}`, () => {
      for (const order of [paths, [...paths].reverse()]) {
        const judge = toolFileJudge();
        for (const rel of order) assert.equal(judge(rel, content), isToolFile(rel, content), rel);
      }
    });
  }
});
