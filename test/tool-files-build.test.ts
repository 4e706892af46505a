/**
 * What a pull leaves out of a project's visible files (tool-files-build.ts): the build scripts and tool
 * configurations editors' language servers and extensions run on open, by class (every JavaScript tool's
 * `*.config.*` module, every Gradle script, ...), in any folder, case and Windows spelling; configuration files judged
 * by content leave only when they load code; and the many files that only describe a project stay.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isToolFile, toolFileJudge } from '../src/core/tool-files.js';

const FOLDERS = ['turn_1/', 'ws/', 'turn_1/attempt_1/agent_a/workspace/', 'turn_2/final/agent_b/workspace/pkg/sub/'];

/** Each name in every folder, as written, upper-cased, and with a trailing dot or space (Windows drops them). */
function spellings(name: string): string[] {
  const out: string[] = [];
  for (const dir of FOLDERS) for (const n of [name, name.toUpperCase(), `${name}.`, `${name} `]) out.push(dir + n);
  return out;
}

const JS_TOOLS = [
  'eslint',
  'prettier',
  'stylelint',
  'jest',
  'vitest',
  'vite',
  'babel',
  'postcss',
  'tailwind',
  'webpack',
  'rollup',
  'svelte',
  'astro',
  'next',
  'nuxt',
  'playwright',
  'uno',
  'commitlint',
  'lint-staged',
  'my_tool',
];
const JS_EXTS = ['js', 'cjs', 'mjs', 'ts', 'cts', 'mts'];

/** Names left out whatever they hold, by class. */
const BY_NAME = [
  ...JS_TOOLS.flatMap((t) => JS_EXTS.map((e) => `${t}.config.${e}`)),
  ...JS_EXTS.map((e) => `vitest.workspace.${e}`),
  'build.rs',
  'build.gradle',
  'build.gradle.kts',
  'settings.gradle',
  'settings.gradle.kts',
  'publishing.gradle',
  'gradle.properties',
  'gradlew',
  'gradlew.bat',
  'mvnw',
  'mvnw.cmd',
  'Gemfile',
  'gems.rb',
  'app.gemspec',
  'mix.exs',
  'hie.yaml',
  'cabal.project',
  'cabal.project.local',
  'stack.yaml',
  'Setup.hs',
  'CMakeLists.txt',
  'CMakePresets.json',
  'CMakeUserPresets.json',
  'Makefile',
  'makefile',
  'GNUmakefile',
  'ipython_config.py',
  'ipython_kernel_config.py',
  'jupyter_notebook_config.py',
  'jupyter_server_config.json',
  'jupyter_lab_config.py',
  'project.code-workspace',
];

/** Paths left out by a folder they are in. */
const BY_FOLDER = [
  'gradle/wrapper/gradle-wrapper.properties',
  'gradle/wrapper/gradle-wrapper.jar',
  'app/Gradle/Wrapper/gradle-wrapper.properties',
  'node_modules/eslint/lib/api.js',
  'web/node_modules/prettier/index.cjs',
  'web/NODE_MODULES/.bin/tsc',
];

/** Files judged by content: [name, content that runs code, content that only describes]. */
const BY_CONTENT: [string, string[], string[]][] = [
  [
    'Cargo.toml',
    [
      '[package]\nname = "m"\nversion = "0.1.0"\n\n[lib]\nproc-macro = true\n',
      '[package]\nname = "b"\nbuild = "tools/gen.rs"\n',
      '[package]\nname = "b"\n\n[dependencies]\nhelper = { git = "https://example.com/helper" }\n',
      '[dependencies.helper]\ngit = "https://example.com/helper"\nbranch = "main"\n',
      '[package]\nname = "b"\n\n[patch.crates-io]\nserde = { path = "../serde" }\n',
      '[dependencies]\nfoo = { version = "1", registry = "internal" }\n',
      '[lib]\nproc_macro = true\n',
    ],
    // Cargo.toml is left out whatever it holds (cargo build runs every crate's build script: tool-files-run.ts).
    [],
  ],
  [
    'pom.xml',
    [
      '<project><build><extensions><extension><groupId>x</groupId></extension></extensions></build></project>',
      '<project><repositories><repository><id>r</id><url>https://example.com/m2</url></repository></repositories></project>',
      '<project><pluginRepositories><pluginRepository><url>https://example.com</url></pluginRepository></pluginRepositories></project>',
      '<project><build><plugins><plugin><artifactId>x</artifactId><extensions>true</extensions></plugin></plugins></build></project>',
      '<project><pluginManagement><plugins><plugin><artifactId>lifecycle-mapping</artifactId></plugin></plugins></pluginManagement></project>',
    ],
    // pom.xml is left out whatever it holds (mvn runs a POM's plugins on any goal: tool-files-run.ts).
    [],
  ],
  [
    'App.csproj',
    [
      '<Project Sdk="Microsoft.NET.Sdk">\n  <Target Name="Gen" BeforeTargets="CoreCompile">\n    <Exec Command="./gen.sh" />\n  </Target>\n</Project>\n',
      '<Project>\n  <Import Project="build/extra.targets" />\n</Project>\n',
      '<Project Sdk="Microsoft.NET.Sdk">\n  <ItemGroup>\n    <Analyzer Include="tools/Helper.dll" />\n  </ItemGroup>\n</Project>\n',
      '<Project Sdk="Microsoft.NET.Sdk">\n  <UsingTask TaskName="T" TaskFactory="RoslynCodeTaskFactory" />\n</Project>\n',
      '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <RestoreAdditionalProjectSources>https://example.com/feed</RestoreAdditionalProjectSources>\n  </PropertyGroup>\n</Project>\n',
      // A package's build targets run at restore and in the design-time build (attack 35's helper).
      '<Project Sdk="Microsoft.NET.Sdk">\n  <ItemGroup>\n    <PackageReference Include="Newtonsoft.Json" Version="13.0.3" />\n  </ItemGroup>\n</Project>\n',
    ],
    [
      '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n',
    ],
  ],
  [
    'package.json',
    [
      '{"name":"a","prettier":"./prettier-settings.cjs"}',
      '{\n  "name": "a",\n  "eslintConfig": { "parser": "./tools/parser.js" }\n}\n',
      '{"name":"a","stylelint":{"plugins":["../lint/plugin.mjs"]}}',
      '{"name":"a","babel":{"plugins":[".\\\\babel\\\\local.js"]}}',
      '{"name":"a","prettier":{"plugins":["./p.mjs"]}}',
      '{"name":"a","postcss":{"plugins":{"./local-plugin.js":{}}}}',
      '{"name":"a","eslintConfig":{"extends":".."}}',
    ],
    // package.json is left out whatever it holds (npm install runs its scripts: tool-files-run.ts).
    [],
  ],
  [
    'babel.config.json',
    ['{"plugins":["./plugins/local.js"]}', '{"presets":[["../preset", {}]]}'],
    ['{"presets":["@babel/preset-env"],"plugins":["@babel/plugin-transform-runtime"]}'],
  ],
];

/** Names near those classes that only describe a project, or are its ordinary code. */
const KEPT = [
  'config.ts',
  'config.js',
  'app-config.js',
  'eslint.config.md',
  'eslint-config.js',
  'prettier.config.js.txt',
  'vite.config.d.md',
  'build.rs.txt',
  'src/build.rs.orig',
  'builders.rs',
  'gradle.md',
  'gradle/libs.versions.toml',
  'docs/gradle-wrapper.md',
  'Gemfile.lock',
  'mix.lock',
  'go.mod',
  'go.sum',
  'main.go',
  'Makefile.md',
  'makefile-notes.txt',
  'CMakeCache.md',
  'tsconfig.json',
  'notebook.ipynb',
  'ipython_notes.py',
  'jupyter_config_notes.md',
  'node_modules.txt',
  'wrapper/gradle-wrapper.properties',
  'my.code-workspace.md',
  'stack.yml.md',
];

const judge = (rel: string, text = 'x\n'): boolean => isToolFile(rel, Buffer.from(text));

describe('tool files: the build scripts and tool configurations editors run on open', () => {
  it(`leaves out every name of the class, in any folder and spelling (${BY_NAME.length * FOLDERS.length * 4} paths)`, () => {
    const kept = BY_NAME.flatMap(spellings).filter((rel) => !judge(rel));
    assert.deepEqual(kept, []);
  });
  it('leaves out what is in a node_modules folder or Gradle wrapper folder', () => {
    const kept = BY_FOLDER.flatMap((p) => FOLDERS.map((d) => d + p)).filter((rel) => !judge(rel));
    assert.deepEqual(kept, []);
  });
  it('judges Cargo.toml, pom.xml, MSBuild projects, package.json and *.config.json by content', () => {
    const wrong: string[] = [];
    for (const [name, loading, describing] of BY_CONTENT)
      for (const rel of spellings(name)) {
        for (const text of loading) if (!judge(rel, text)) wrong.push(`kept ${rel}: ${text}`);
        for (const text of describing) if (judge(rel, text)) wrong.push(`left out ${rel}: ${text}`);
        // Without its content (a link, a file too large to read first) such a file is left out.
        if (!isToolFile(rel)) wrong.push(`kept ${rel} without content`);
      }
    assert.deepEqual(wrong, []);
  });
  it('keeps the names near those classes and the files that only describe a project', () => {
    const left = KEPT.flatMap((p) => FOLDERS.map((d) => d + p)).filter((rel) => judge(rel));
    assert.deepEqual(left, []);
  });
  it('gives the same answers for one pull that judges each folder once (toolFileJudge)', () => {
    const all = [...BY_NAME.flatMap(spellings), ...BY_FOLDER, ...KEPT.flatMap((p) => FOLDERS.map((d) => d + p))];
    const one = toolFileJudge();
    for (const rel of all) assert.equal(one(rel, Buffer.from('x\n')), judge(rel), rel);
  });
  it('judges a hostile 1 MiB configuration file in linear time', () => {
    const cpu = (f: () => void): number => {
      const t = process.cpuUsage();
      f();
      const d = process.cpuUsage(t);
      return (d.user + d.system) / 1000;
    };
    for (const [name, unit] of [
      ['Cargo.toml', 'build build  proc-macro registry-index git\t'],
      ['pom.xml', '<extensionx <repositor lifecycle-mappin <?m2 '],
      ['app.csproj', '<Targe <Impor RestoreAdditional Sources '],
      ['package.json', '"prettier" "./'],
      ['babel.config.json', '"..x ".\\ '],
    ]) {
      const text = unit!.repeat(Math.ceil((1 << 20) / unit!.length));
      const ms = cpu(() => judge(`ws/${name}`, text));
      assert.ok(ms < 500, `${name}: ${ms} ms`);
    }
  });
});
