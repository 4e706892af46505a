/**
 * The visible files of a project that an editor's language servers and extensions run when the folder is opened (or
 * a project tool runs when you work in it): build scripts and tool configurations that are code, by class. A pull
 * leaves them out (tool-files.ts) unless asked; what only describes a project stays.
 *
 * - JavaScript tools' configuration modules, `<tool>.config.{js,cjs,mjs,ts,cts,mts}` and `<tool>.conf.js` (karma,
 *   protractor, WebdriverIO; `webpack.config.babel.js` too) (ESLint, Prettier, Stylelint,
 *   Jest, Vitest, Vite, Babel, PostCSS, Tailwind, webpack, Rollup, Svelte, Astro, Next, Nuxt, Playwright…): the
 *   editor extensions import them on open; `vitest.workspace.*` likewise. `<tool>.config.json` and `package.json`
 *   are left out only when they name a module beside them (a relative path) or configure a linter or formatter that
 *   loads one. `node_modules` folders: the ESLint and Prettier extensions load the workspace's own copy.
 * - Rust: `build.rs` (rust-analyzer runs build scripts on open), and a `Cargo.toml` naming a build script, a
 *   procedural macro crate (rust-analyzer runs its code to expand macros), a git dependency or another registry.
 * - Gradle: every build script (`*.gradle`, `*.gradle.kts`), `gradle.properties` (JVM arguments), the wrapper
 *   (`gradlew`, `gradle/wrapper/`: it downloads and runs the distribution it names); the Java extension and IDEs
 *   import a Gradle build on open. Maven: `mvnw`, and a `pom.xml` that loads build extensions, names other
 *   repositories or makes m2e run plugins at import.
 * - .NET: MSBuild project files (`*.csproj`, `*.fsproj`, `*.vbproj`, `*.vcxproj`, `*.proj`, `*.props`, `*.targets`)
 *   holding targets, inline tasks, imports, analyzers or restore sources (design-time builds and the C# language
 *   server run them on open).
 * - Ruby: `Gemfile`, `gems.rb`, `*.gemspec` (Ruby code Ruby LSP's bundle and Solargraph evaluate). Elixir: `mix.exs`
 *   (ElixirLS compiles the project). Haskell: `hie.yaml` (it names a program to run), `cabal.project*`, `stack.yaml`,
 *   `Setup.hs`. CMake: `CMakeLists.txt`, `CMakePresets.json`, `CMakeUserPresets.json` (CMake Tools configures on
 *   open). Make: `Makefile`, `makefile`, `GNUmakefile` (Makefile Tools runs a dry run on open, which expands
 *   `$(shell …)`). IPython's and Jupyter's `ipython*_config.py`, `jupyter_*_config.{py,json}` (read from the folder
 *   a kernel or server starts in). VS Code's `*.code-workspace` (its tasks can run when it is opened).
 *
 * Package managers' manifests (`package.json`, `Cargo.toml`, `pyproject.toml`...), which the user's own `npm install`
 * or `cargo build` in the folder acts on, are left out whatever they hold (tool-files-run.ts): the content judges
 * here decide only for the names that rule does not take. Kept: Go's files (gopls runs no project code).
 */

/** Visible names (lower case) left out whatever they hold. */
const BUILD_NAMES = new Set([
  'build.rs',
  'gradle.properties',
  'gradlew',
  'gradlew.bat',
  'mvnw',
  'mvnw.cmd',
  'gemfile',
  'gems.rb',
  'mix.exs',
  'hie.yaml',
  'stack.yaml',
  'setup.hs',
  'setup.lhs',
  'cmakelists.txt',
  'cmakepresets.json',
  'cmakeuserpresets.json',
  'makefile',
  'gnumakefile',
]);

/** Visible names (lower case) left out by their form whatever they hold. */
const BUILD_FORMS =
  /^(?:[^/]*\.conf(?:ig)?(?:\.[\w-]+)?\.[cm]?[jt]sx?|vitest\.workspace\.[cm]?[jt]s|[^/]*\.gradle(?:\.kts)?|[^/]*\.gemspec|cabal\.project(?:\.[^/]*)?|(?:ipython|jupyter)(?:_[a-z]+)*_config\.(?:py|json)|[^/]*\.code-workspace)$/;

/** Folders (lower case) left out with all they hold. */
const BUILD_FOLDERS = new Set(['node_modules']);

/** Paths (segments in lower case, `/`-separated) left out: Gradle's wrapper. */
const BUILD_PATHS = /(?:^|\/)gradle\/wrapper(?:\/|$)/;
/** sbt's build definition: the `project/` folder's Scala and sbt files, compiled and run by any sbt command. */
const SBT_PROJECT = /(?:^|\/)project\/[^/]*\.(?:scala|sbt)$/;

/** True when a visible name (a path segment in lower case) is a build script, a tool's code or its folder. */
export const isBuildName = (name: string): boolean =>
  BUILD_NAMES.has(name) || BUILD_FOLDERS.has(name) || BUILD_FORMS.test(name);

/** True when a path (segments in lower case, `/`-separated) is in a folder a build tool runs (Gradle's, sbt's). */
export const isBuildPath = (rel: string): boolean =>
  (rel.includes('gradle/wrapper') && BUILD_PATHS.test(rel)) || (rel.includes('project/') && SBT_PROJECT.test(rel));

/** Cargo.toml: a build script, a procedural macro crate, a git dependency, a patch or another registry. */
const CARGO_LOADS =
  /^[ \t]*build[ \t]*=(?![ \t]*false\b)|proc[-_]macro[ \t]*=[ \t]*true|\bgit[ \t]*=|^[ \t]*\[patch\b|\bregistry(?:-index)?[ \t]*=/im;

/** pom.xml: build extensions, other repositories, m2e told to run plugins at import. */
const POM_LOADS = /<(?:extensions?|repositor(?:y|ies)|pluginRepositor(?:y|ies))\b|lifecycle-mapping|<\?m2e\b/i;

/**
 * MSBuild: targets, inline tasks, imports, analyzers (code the language server loads), other package sources, and
 * packages (a NuGet package's build targets run at restore and in the IDE's design-time build).
 */
const MSBUILD_LOADS =
  /<(?:Target|UsingTask|Import|ImportGroup|Analyzer|PackageReference|PackageDownload)\b|\bRestore(?:Additional)?(?:Project)?Sources\b/i;

/** A JSON string naming a path beside the file (`"./plugin"`, `"../x"`, `".."`), as a module to load. */
const RELATIVE_MODULE = /"\.\.?(?:[\\/]|")/;

/**
 * package.json keys whose linter or formatter settings can load modules (plugins, parsers, shared settings): left out
 * when one names a module beside it (a module by package name comes from a node_modules folder, left out as well, or
 * from the user's own).
 */
const PACKAGE_TOOL_KEYS = ['eslintConfig', 'prettier', 'stylelint', 'babel', 'postcss'];

function packageLoads(text: string): boolean {
  if (!PACKAGE_TOOL_KEYS.some((k) => text.includes(`"${k}"`))) return false;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return false; // No tool reads a package.json that does not parse.
  }
  if (typeof doc !== 'object' || doc === null) return false;
  const settings = doc as Record<string, unknown>;
  return PACKAGE_TOOL_KEYS.some(
    (k) => Object.prototype.hasOwnProperty.call(settings, k) && RELATIVE_MODULE.test(JSON.stringify(settings[k])),
  );
}

const MSBUILD_FORM = /\.(?:[a-z]*proj|props|targets|projitems)$/;
const JSON_CONFIG_FORM = /\.config\.json$/;

/**
 * For a visible name (lower case) whose content decides: the test of that content (true: it makes a tool run code
 * from the folder), else undefined.
 */
export function buildContentJudge(name: string): ((text: string) => boolean) | undefined {
  if (name === 'cargo.toml') return (t) => CARGO_LOADS.test(t);
  if (name === 'pom.xml') return (t) => POM_LOADS.test(t);
  if (name === 'package.json') return packageLoads;
  if (MSBUILD_FORM.test(name)) return (t) => MSBUILD_LOADS.test(t);
  if (JSON_CONFIG_FORM.test(name)) return (t) => RELATIVE_MODULE.test(t);
  return undefined;
}
