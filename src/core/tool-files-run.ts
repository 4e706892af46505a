/**
 * The files a pull leaves out because a command the user runs in their folder acts on them: package managers'
 * manifests and lock files (`npm install` runs a package.json's lifecycle scripts and every dependency's install
 * scripts; `pip install .` runs pyproject.toml's build backend or setup.py; `cargo build` every crate's build
 * script), task runners' and build tools' files (`make`, `just`, `task`, `rake`, `gulp`, `meson`, `bazel`, `nix
 * develop`'s shellHook, `docker compose up`'s host mounts), and the names Windows' cmd.exe runs from the folder it
 * stands in before PATH (`git.bat`, `npm.cmd`: any `.exe`, `.bat`, `.cmd`, `.com`). A session's own files are none
 * of these; an agent's project in a workspace may be, and `--tool-files` writes it.
 *
 * And the top of the pull, where such a command is most likely run: a session holds there only its `turn_N` folders,
 * or (a very old flat session) an attempt's files, which MassGen names (session_top below). Any other file at the top
 * is left out.
 */

/** Visible names (lower case, Windows' trailing dots and spaces dropped) a command run in their folder acts on. */
const RUN_NAMES = new Set([
  // JavaScript and TypeScript package managers and runtimes.
  'package.json',
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  'bun.lock',
  'bun.lockb',
  'deno.json',
  'deno.jsonc',
  'deno.lock',
  // Python.
  'pyproject.toml',
  'setup.py',
  'setup.cfg',
  'pipfile',
  'pipfile.lock',
  'poetry.lock',
  'uv.lock',
  'pdm.lock',
  'pixi.toml',
  'hatch.toml',
  'environment.yml',
  'environment.yaml',
  'noxfile.py',
  'fabfile.py',
  'dodo.py',
  'snakefile',
  'tox.ini',
  // Other languages' package managers.
  'cargo.toml',
  'cargo.lock',
  'composer.json',
  'composer.lock',
  'package.swift',
  'podfile',
  'brewfile',
  'build.sbt',
  'build.sc',
  'project.clj',
  'deps.edn',
  'build.boot',
  'shard.yml',
  'pubspec.yaml',
  'rebar.config',
  'dune-project',
  'conanfile.py',
  'conanfile.txt',
  'vcpkg.json',
  'build.zig',
  'build.zig.zon',
  'rakefile',
  'rakefile.rb',
  'vagrantfile',
  'berksfile',
  // Build tools and task runners.
  'justfile',
  'taskfile.yml',
  'taskfile.yaml',
  'taskfile.dist.yml',
  'taskfile.dist.yaml',
  'build.xml',
  'meson.build',
  'meson_options.txt',
  'meson.options',
  'sconstruct',
  'sconscript',
  'build.ninja',
  'configure',
  'build',
  'build.bazel',
  'workspace',
  'workspace.bazel',
  'module.bazel',
  'earthfile',
  'tiltfile',
  'procfile',
  'docker-compose.yml',
  'docker-compose.yaml',
  'docker-compose.override.yml',
  'docker-compose.override.yaml',
  'compose.yml',
  'compose.yaml',
  'flake.nix',
  'flake.lock',
  'shell.nix',
  'default.nix',
  'devenv.nix',
  'devbox.json',
  // Attack 35's: Maven runs a POM's plugins on any goal (`exec-maven-plugin` at validate), uv reads its index, the
  // deploy tools' build commands, DVC's stages, xmake's, premake's and waf's scripts, lefthook's hooks, invoke's tasks,
  // fastlane's, Guard's, Capistrano's, Thor's, Cake's and psake's scripts, serverless' and Skaffold's hooks,
  // Terragrunt's, CDK's `app` command, Pulumi's program, NuGet's packages.config.
  'pom.xml',
  'uv.toml',
  'wrangler.toml',
  'wrangler.json',
  'wrangler.jsonc',
  'netlify.toml',
  'vercel.json',
  'dvc.yaml',
  'xmake.lua',
  'premake4.lua',
  'premake5.lua',
  'wscript',
  'lefthook.yml',
  'lefthook.yaml',
  'lefthook.json',
  'lefthook.toml',
  'lefthook-local.yml',
  'lefthook-local.yaml',
  'tasks.py',
  'fastfile',
  'guardfile',
  'capfile',
  'thorfile',
  'build.cake',
  'psakefile.ps1',
  'serverless.yml',
  'serverless.yaml',
  'serverless.ts',
  'serverless.js',
  'serverless.json',
  'skaffold.yaml',
  'skaffold.yml',
  'terragrunt.hcl',
  'cdk.json',
  'pulumi.yaml',
  'pulumi.yml',
  'packages.config',
  // Attack 53's: Perl's build files (`perl Makefile.PL`, `cpanm --installdeps .`, Dist::Zilla), Paver's, Sphinx's
  // `conf.py` (`make html`), MkDocs' hooks, PHP's tools' configurations (code, or a bootstrap they load), Nextflow's,
  // Danger's, Mill's.
  'makefile.pl',
  'build.pl',
  'cpanfile',
  'cpanfile.snapshot',
  'dist.ini',
  'pavement.py',
  'conf.py',
  'mkdocs.yml',
  'mkdocs.yaml',
  'rector.php',
  'ecs.php',
  'phpunit.xml',
  'phpunit.xml.dist',
  'phpstan.neon',
  'phpstan.neon.dist',
  'psalm.xml',
  'nextflow.config',
  'dangerfile',
  'dangerfile.js',
  'dangerfile.ts',
]);

/**
 * Name forms a command acts on: task runners' files in any language (`gulpfile.ts`, `Gulpfile.babel.js`,
 * `Gruntfile.coffee`, `Jakefile`, `Cakefile`), sbt's and Mill's build definitions, pip's requirement files, Windows'
 * programs run from the folder cmd.exe stands in, Terraform's and OpenTofu's modules (`terraform plan` runs an
 * `external` data source's program).
 */
const RUN_FORMS =
  /^(?:(?:gulpfile|gruntfile|jakefile|cakefile)(?:\.(?:[\w-]+\.)*(?:[cm]?[jt]sx?|coffee|litcoffee|ls))?|[^/]*\.sbt|[^/]*\.mill(?:\.scala)?|requirements[^/]*\.(?:txt|in)|constraints[^/]*\.txt|[^/]*\.(?:exe|bat|cmd|com|dll|scr|pif|lnk)|[^/]*\.tf(?:\.json)?|[^/]*\.tofu(?:\.json)?)$/;

/**
 * True when a file's visible name (in lower case, trailing dots and spaces dropped) is a command's. Only a file's own
 * name: MassGen's `workspace` folders, a project's `build` folder are folders.
 */
export const isRunName = (name: string): boolean => RUN_NAMES.has(name) || RUN_FORMS.test(name);

/**
 * The files MassGen writes in an attempt's folder, which a flat session holds at its top: its logs (rotated and
 * zipped too, MCP servers' stderr), its metadata and its coordination and metrics files.
 */
const SESSION_TOP = new Set([
  'execution_metadata.yaml',
  'coordination_events.json',
  'coordination_table.txt',
  'snapshot_mappings.json',
  'status.json',
  'metrics_summary.json',
  'metrics_events.json',
  'analysis_report.md',
]);
const SESSION_TOP_FORMS = /^[\w.-]+\.log(?:\.\d+)?(?:\.zip)?$/;

/** True when a file at the pull's top (its name in lower case, as read) is one a session holds there. */
export const isSessionTop = (name: string): boolean => SESSION_TOP.has(name) || SESSION_TOP_FORMS.test(name);
