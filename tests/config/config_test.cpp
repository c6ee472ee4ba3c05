// Tests of config/config.h: a full seams.yaml loads into the struct, and each
// kind of mistake gives its exact message at file:line:col. Every test writes
// its own temp directory.
#include "config/config.h"

#include <stdlib.h>  // mkdtemp

#include <catch2/catch.hpp>
#include <fstream>

#include "tests/support/config_vocabulary.h"

namespace seams {
namespace {

namespace fs = std::filesystem;

/// A fresh directory under /tmp, removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::string templ =
        (fs::temp_directory_path() / "seams-config-test-XXXXXX").string();
    REQUIRE(mkdtemp(templ.data()) != nullptr);
    path_ = templ;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  fs::path write(const fs::path& name, std::string_view text) const {
    fs::path file = path_ / name;
    fs::create_directories(file.parent_path());
    std::ofstream(file) << text;
    return file;
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

/// Loads `yaml` from a temp seams.yaml; `messages` lists the diagnostics as the
/// CLI prints them, with the temp path shown as "seams.yaml".
struct Loaded {
  std::optional<Config> config;
  Diagnostics diags;
  std::vector<std::string> messages;
};

/// Loads `yaml` as it is.
Loaded load_exact(std::string_view yaml) {
  TempDir dir;
  const fs::path file = dir.write("seams.yaml", yaml);
  Loaded out;
  out.config = load_config(file, test::rule_vocabulary(), out.diags);
  for (const Diagnostic& d : out.diags.all()) {
    CHECK(d.file == file.string());
    std::string location = format_location(d);
    location.replace(0, file.string().size(), "seams.yaml");
    out.messages.push_back(location + d.message);
  }
  return out;
}

/// Loads `yaml`, with "version: 1" appended when it sets no version (after
/// its last line, so positions stay), so tests of other mistakes need not
/// repeat it.
Loaded load(std::string_view yaml) {
  if (yaml.find("version:") != std::string_view::npos) return load_exact(yaml);
  return load_exact(std::string(yaml) + "version: 1\n");
}

/// The single error of loading `yaml` as it is.
std::string exact_error_of(std::string_view yaml) {
  Loaded loaded = load_exact(yaml);
  CHECK_FALSE(loaded.config);
  REQUIRE(loaded.messages.size() == 1);
  CHECK(loaded.diags.error_count() == 1);
  return loaded.messages.front();
}

/// The single error of loading `yaml` (with "version: 1" when it has none).
std::string error_of(std::string_view yaml) {
  Loaded loaded = load(yaml);
  CHECK_FALSE(loaded.config);
  REQUIRE(loaded.messages.size() == 1);
  CHECK(loaded.diags.error_count() == 1);
  return loaded.messages.front();
}

std::vector<std::string> patterns(const std::vector<PatternRef>& refs) {
  std::vector<std::string> out;
  out.reserve(refs.size());
  for (const PatternRef& r : refs) out.push_back(r.glob.pattern());
  return out;
}

template <typename Ref>
std::vector<std::string> names(const std::vector<Ref>& refs) {
  std::vector<std::string> out;
  out.reserve(refs.size());
  for (const Ref& r : refs) out.push_back(r.name);
  return out;
}

constexpr std::string_view kFullConfig = R"(version: 1
layers: [app, domain, platform]
exclude: ["third_party/**", "**/*_test.cpp"]
modules:
  billing:
    paths: ["src/billing/**"]
    public: ["src/billing/include/**"]
    depends_on: [core, users]
    layer: domain
    value: high
    owners: ["@team-billing", "@alice"]
  users:
    paths: ["src/users/**", "include/users/**"]
    depends_on: []
    value: 2
  core:
    paths:
      - "src/core/**"
    layer: platform
rules:
  undeclared-dependency: error
  layering: warning
  cycle: off
  private-access: error
scoring:
  coupling_threshold: 0.4
  churn_days: 90
)";

}  // namespace

TEST_CASE("a full config loads into the struct with every field and location") {
  TempDir dir;
  const fs::path file = dir.write("seams.yaml", kFullConfig);
  Diagnostics diags;
  const std::optional<Config> config =
      load_config(file, test::rule_vocabulary(), diags);
  CHECK(diags.all().empty());
  REQUIRE(config);

  CHECK(config->version == 1);
  CHECK(config->path == file);
  CHECK(config->root == dir.path());
  CHECK(config->display_path == file.string());
  CHECK(names(config->layers) ==
        std::vector<std::string>{"app", "domain", "platform"});
  CHECK(config->layers[1].loc == ConfigLoc{2, 15});
  CHECK(patterns(config->exclude) ==
        std::vector<std::string>{"third_party/**", "**/*_test.cpp"});
  CHECK(config->exclude[1].loc == ConfigLoc{3, 29});

  REQUIRE(config->modules.size() == 3);
  const ModuleConfig& billing = config->modules[0];
  CHECK(billing.name == "billing");
  CHECK(billing.loc == ConfigLoc{5, 3});
  CHECK(patterns(billing.paths) == std::vector<std::string>{"src/billing/**"});
  CHECK(billing.paths[0].loc == ConfigLoc{6, 13});
  REQUIRE(billing.public_);
  CHECK(patterns(*billing.public_) ==
        std::vector<std::string>{"src/billing/include/**"});
  REQUIRE(billing.depends_on);
  CHECK(names(*billing.depends_on) ==
        std::vector<std::string>{"core", "users"});
  CHECK((*billing.depends_on)[1].loc == ConfigLoc{8, 24});
  REQUIRE(billing.layer);
  CHECK(billing.layer->name == "domain");
  CHECK(billing.layer->loc == ConfigLoc{9, 12});
  CHECK(billing.value == 5);
  CHECK(billing.owners == std::vector<std::string>{"@team-billing", "@alice"});

  const ModuleConfig& users = config->modules[1];
  CHECK(users.name == "users");
  CHECK(patterns(users.paths) ==
        std::vector<std::string>{"src/users/**", "include/users/**"});
  CHECK_FALSE(users.public_);
  REQUIRE(users.depends_on);
  CHECK(users.depends_on->empty());
  CHECK_FALSE(users.layer);
  CHECK(users.value == 2);
  CHECK(users.owners.empty());

  const ModuleConfig& core = config->modules[2];
  CHECK(core.name == "core");
  CHECK(core.paths[0].loc == ConfigLoc{18, 9});
  CHECK_FALSE(core.depends_on);
  CHECK_FALSE(core.value);

  CHECK(config->rules == std::map<std::string, RuleSeverity>{
                             {"cycle", RuleSeverity::off},
                             {"layering", RuleSeverity::warning},
                             {"private-access", RuleSeverity::error},
                             {"undeclared-dependency", RuleSeverity::error}});
  CHECK(config->scoring ==
        std::map<std::string, double>{{"churn_days", 90.0},
                                      {"coupling_threshold", 0.4}});
}

TEST_CASE("lookups find modules and layers by name") {
  const Loaded loaded = load(kFullConfig);
  REQUIRE(loaded.config);
  CHECK(loaded.config->find_module("users") == 1);
  CHECK_FALSE(loaded.config->find_module("usr"));
  CHECK(loaded.config->layer_index("app") == 0);
  CHECK(loaded.config->layer_index("platform") == 2);
  CHECK_FALSE(loaded.config->layer_index("infra"));
}

TEST_CASE("value accepts 1 to 5 and low, medium, high") {
  const Loaded loaded = load(R"(version: 1
modules:
  a: {paths: [a/**], value: low}
  b: {paths: [b/**], value: medium}
  c: {paths: [c/**], value: 1}
  d: {paths: [d/**], value: 4.0}
)");
  REQUIRE(loaded.config);
  CHECK(loaded.config->modules[0].value == 1);
  CHECK(loaded.config->modules[1].value == 3);
  CHECK(loaded.config->modules[2].value == 1);
  CHECK(loaded.config->modules[3].value == 4);
}

TEST_CASE("a module may depend on one declared further down") {
  const Loaded loaded = load(
      "modules:\n"
      "  a: {paths: [a/**], depends_on: [b]}\n"
      "  b: {paths: [b/**]}\n");
  CHECK(loaded.messages.empty());
  REQUIRE(loaded.config);
  CHECK(loaded.config->version == 1);  // absent version means the current one
}

TEST_CASE("the config path is absolute and normalized; root is its directory") {
  TempDir dir;
  dir.write("seams.yaml", "version: 1\nmodules: {m: {paths: [m/**]}}\n");
  fs::create_directories(dir.path() / "sub");
  Diagnostics diags;
  const auto config = load_config(dir.path() / "sub" / ".." / "seams.yaml",
                                  test::rule_vocabulary(), diags);
  REQUIRE(config);
  CHECK(config->path == dir.path() / "seams.yaml");
  CHECK(config->root == dir.path());
}

TEST_CASE("a missing file is reported as given, with the system's reason") {
  TempDir dir;
  Diagnostics diags;
  const fs::path missing = fs::relative(dir.path()) / "seams.yaml";
  CHECK_FALSE(load_config(missing, test::rule_vocabulary(), diags));
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].file.empty());
  CHECK(diags.all()[0].message ==
        "cannot read " + missing.string() + ": No such file or directory");
}

TEST_CASE("a directory is not a readable config") {
  TempDir dir;
  Diagnostics diags;
  CHECK_FALSE(load_config(dir.path(), test::rule_vocabulary(), diags));
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].message ==
        "cannot read " + dir.path().string() + ": Is a directory");
}

TEST_CASE("diagnostics name the config file exactly as the caller gave it") {
  TempDir dir;
  dir.write("seams.yaml", "version: 2\nmodules: {m: {paths: [m/**]}}\n");
  const fs::path given = fs::relative(dir.path() / "seams.yaml");
  REQUIRE(given.is_relative());
  Diagnostics diags;
  CHECK_FALSE(load_config(given, test::rule_vocabulary(), diags));
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].file == given.string());
  CHECK(diags.all()[0].source_line == "version: 2");
}

TEST_CASE("a yaml syntax error is reported at its position") {
  CHECK(error_of("version: 1\nlayers: [app, domain\nmodules: {}\n") ==
        "seams.yaml:3:8: yaml syntax error: end of sequence flow not found");
  CHECK(error_of("version: 1\nmodules: a: b\n") ==
        "seams.yaml:2:11: yaml syntax error: illegal map value");
}

TEST_CASE("an empty file or a top level that is not a map is an error") {
  CHECK(exact_error_of("") ==
        "seams.yaml: the file is empty; it needs 'version: 1' and 'modules'");
  CHECK(exact_error_of("# nothing yet\n") ==
        "seams.yaml: the file is empty; it needs 'version: 1' and 'modules'");
  CHECK(
      error_of("- version: 1\n") ==
      R"(seams.yaml:1:1: the top level must be a map with 'version' and 'modules')");
}

TEST_CASE("a config without modules is an error") {
  CHECK(error_of("version: 1\n") ==
        "seams.yaml: missing 'modules'; declare each module with its 'paths'");
}

TEST_CASE("a version other than 1 is rejected") {
  CHECK(error_of("version: 2\nmodules: {m: {paths: [m/**]}}\n") ==
        "seams.yaml:1:10: unsupported version '2'; this seams reads version 1");
  CHECK(error_of("version: [1]\nmodules: {m: {paths: [m/**]}}\n") ==
        "seams.yaml:1:10: 'version' must be 1");
}

TEST_CASE("an unknown top-level key suggests the closest known key") {
  CHECK(error_of("version: 1\nmodules: {m: {paths: [m/**]}}\nlayer: [app]\n") ==
        "seams.yaml:3:1: unknown key 'layer'; did you mean 'layers'?");
  CHECK(
      error_of("version: 1\nmodules: {m: {paths: [m/**]}}\nplugins: [x]\n") ==
      R"(seams.yaml:3:1: unknown key 'plugins'; expected one of: version, layers, exclude, modules, groups, rules, scoring, forward_declarations, depends_on_mode, policies, plugin_options, externals)");
}

TEST_CASE("an unknown module key suggests the closest known key") {
  CHECK(
      error_of("modules:\n"
               "  a:\n"
               "    paths: [a/**]\n"
               "    depend_on: []\n") ==
      R"(seams.yaml:4:5: unknown key 'depend_on' in module 'a'; did you mean 'depends_on'?)");
  CHECK(
      error_of("modules:\n"
               "  a:\n"
               "    paths: [a/**]\n"
               "    team: x\n") ==
      R"(seams.yaml:4:5: unknown key 'team' in module 'a'; expected one of: paths, public, depends_on, layer, value, owners, depends_on_mode)");
}

TEST_CASE("an unknown module in depends_on suggests the closest module") {
  const Loaded loaded = load(R"(version: 1
layers: [app, domain, platform]
modules:
  core:
    paths: ["src/core/**"]
  users:
    paths: ["src/users/**"]
  # billing owns invoices and payments
  billing:
    paths: ["src/billing/**"]
    public: ["src/billing/include/**"]
    depends_on: [core, usr]
)");
  CHECK_FALSE(loaded.config);
  REQUIRE(loaded.diags.all().size() == 1);
  CHECK(
      loaded.messages[0] ==
      R"(seams.yaml:12:24: module 'billing' depends on unknown module 'usr'; did you mean 'users'?)");
  CHECK(loaded.diags.all()[0].source_line == "    depends_on: [core, usr]");
  CHECK(error_of("modules:\n  a: {paths: [a/**], depends_on: [zzz]}\n") ==
        "seams.yaml:2:35: module 'a' depends on unknown module 'zzz'");
}

TEST_CASE("a module that depends on itself is an error") {
  CHECK(error_of("modules:\n  a: {paths: [a/**], depends_on: [a]}\n") ==
        "seams.yaml:2:35: module 'a' depends on itself");
}

TEST_CASE("a module listed twice in depends_on is a warning") {
  const Loaded loaded = load(
      "modules:\n"
      "  a: {paths: [a/**], depends_on: [b, b]}\n"
      "  b: {paths: [b/**]}\n");
  CHECK(loaded.config);
  CHECK_FALSE(loaded.diags.has_errors());
  CHECK(loaded.messages ==
        std::vector<std::string>{
            "seams.yaml:2:38: module 'a' lists 'b' twice in depends_on"});
}

TEST_CASE("an unknown layer suggests the closest layer") {
  CHECK(
      error_of("layers: [app, domain]\n"
               "modules:\n"
               "  a: {paths: [a/**], layer: domian}\n") ==
      R"(seams.yaml:3:29: module 'a' has unknown layer 'domian'; did you mean 'domain'?)");
  CHECK(
      error_of("layers: [app, domain]\n"
               "modules:\n"
               "  a: {paths: [a/**], layer: infra}\n") ==
      R"(seams.yaml:3:29: module 'a' has unknown layer 'infra'; layers are: app, domain)");
  CHECK(
      error_of("modules:\n  a: {paths: [a/**], layer: app}\n") ==
      R"(seams.yaml:2:29: module 'a' has layer 'app', but no 'layers' are declared)");
}

TEST_CASE("duplicate module names are an error at the second one") {
  CHECK(error_of(
            "modules:\n  a:\n    paths: [a/**]\n  a:\n    paths: [b/**]\n") ==
        "seams.yaml:4:3: duplicate module 'a'; first declared at 2:3");
}

TEST_CASE("duplicate layer names are an error at the second one") {
  CHECK(
      error_of("layers: [app, domain, app]\nmodules: {m: {paths: [m/**]}}\n") ==
      "seams.yaml:1:23: duplicate layer 'app'; first declared at 1:10");
}

TEST_CASE("a key given twice is an error") {
  CHECK(error_of("version: 1\nmodules: {m: {paths: [m/**]}}\nversion: 1\n") ==
        "seams.yaml:3:1: duplicate key 'version'; first declared at 1:1");
}

TEST_CASE("a key that is not a name is an error") {
  CHECK(error_of("modules:\n  [a, b]: {paths: [a/**]}\n") ==
        "seams.yaml:2:3: expected a module name here, not a list or map");
}

TEST_CASE("sections of the wrong type are errors") {
  CHECK(error_of("layers: app\nmodules: {m: {paths: [m/**]}}\n") ==
        "seams.yaml:1:9: 'layers' must be a list of layer names");
  CHECK(error_of("exclude: {a: b}\nmodules: {m: {paths: [m/**]}}\n") ==
        "seams.yaml:1:10: 'exclude' must be a list of globs");
  CHECK(
      error_of("modules: [a, b]\n") ==
      R"(seams.yaml:1:10: 'modules' must be a map of module names to their settings)");
  CHECK(
      error_of("modules: {m: {paths: [m/**]}}\nrules: [cycle]\n") ==
      R"(seams.yaml:2:8: 'rules' must be a map of rule ids to error, warning or off)");
  CHECK(error_of("modules: {m: {paths: [m/**]}}\nscoring: 3\n") ==
        "seams.yaml:2:10: 'scoring' must be a map of names to numbers");
}

TEST_CASE("module settings of the wrong type are errors") {
  CHECK(error_of("modules:\n  a: {paths: [a/**], depends_on: b}\n") ==
        "seams.yaml:2:34: 'depends_on' must be a list of module names, globs "
        "or group:NAME");
  CHECK(error_of("modules:\n  a: {paths: [a/**], depends_on: [[b]]}\n") ==
        "seams.yaml:2:35: 'depends_on' must be a list of module names, globs "
        "or group:NAME");
  CHECK(error_of("modules:\n  a:\n    paths: [a/**]\n    depends_on:\n") ==
        "seams.yaml:4:5: 'depends_on' must be a list of module names, globs or "
        "group:NAME");
  CHECK(error_of("modules:\n  a: {paths: a/**}\n") ==
        "seams.yaml:2:14: 'paths' must be a list of globs");
  CHECK(error_of("modules:\n  a: {paths: [a/**], public: x}\n") ==
        "seams.yaml:2:30: 'public' must be a list of globs");
  CHECK(error_of("modules:\n  a: {paths: [a/**], layer: [x]}\n") ==
        "seams.yaml:2:29: 'layer' must be a layer name");
  CHECK(error_of("modules:\n  a: {paths: [a/**], owners: [{name: x}]}\n") ==
        "seams.yaml:2:31: 'owners' must be a list of strings");
  CHECK(error_of("modules:\n  a: [a/**]\n") ==
        "seams.yaml:2:6: module 'a' must be a map with at least 'paths'");
}

TEST_CASE("a module without paths is an error") {
  CHECK(
      error_of("modules:\n  billing:\n    layer: x\nlayers: [x]\n") ==
      R"(seams.yaml:2:3: module 'billing' has no 'paths'; add a list of globs such as paths: ["src/billing/**"])");
  CHECK(
      error_of("modules:\n  billing: {paths: []}\n") ==
      R"(seams.yaml:2:20: 'paths' of module 'billing' is empty; list at least one glob)");
}

TEST_CASE("a bad glob is an error that quotes it and gives the reason") {
  CHECK(error_of("modules:\n  a: {paths: [\"src/[ab\"]}\n") ==
        "seams.yaml:2:15: bad glob 'src/[ab': unterminated '[' at column 5");
  CHECK(error_of("exclude: [\"/usr/**\"]\nmodules: {m: {paths: [m/**]}}\n") ==
        "seams.yaml:1:11: bad glob '/usr/**': absolute paths are not allowed");
  CHECK(
      error_of("modules:\n  a: {paths: [a/**], public: [\"a/**.h\"]}\n") ==
      "seams.yaml:2:31: bad glob 'a/**.h': '**' must be a whole path segment");
}

TEST_CASE("a value outside 1..5 or the three words is an error") {
  const std::string expected =
      R"(seams.yaml:2:29: bad value '{}' for module 'a'; use 1..5 or low, medium, high)";
  for (const std::string bad : {"0", "6", "huge", "2.5", "-1", "true"}) {
    INFO(bad);
    const std::string yaml =
        "modules:\n  a: {paths: [a/**], value: " + bad + "}\n";
    std::string want = expected;
    want.replace(want.find("{}"), 2, bad);
    CHECK(error_of(yaml) == want);
  }
}

TEST_CASE("an unknown rule id suggests the closest builtin rule") {
  CHECK(error_of("modules: {m: {paths: [m/**]}}\nrules:\n  layring: error\n") ==
        "seams.yaml:3:3: unknown rule 'layring'; did you mean 'layering'?");
  CHECK(
      error_of("modules: {m: {paths: [m/**]}}\nrules:\n  naming: error\n") ==
      R"(seams.yaml:3:3: unknown rule 'naming'; known rules: cycle, layering, parse-failure, private-access, stale-exception, undeclared-dependency, unused-dependency)");
}

TEST_CASE("a rule severity other than error, warning or off is an error") {
  CHECK(
      error_of("modules: {m: {paths: [m/**]}}\nrules:\n  cycle: fatal\n") ==
      R"(seams.yaml:3:10: bad severity 'fatal' for rule 'cycle'; use error, warning or off)");
  CHECK(
      error_of("modules: {m: {paths: [m/**]}}\nrules:\n  cycle: true\n") ==
      R"(seams.yaml:3:10: bad severity 'true' for rule 'cycle'; use error, warning or off)");
}

TEST_CASE("a scoring value that is not a number is an error") {
  CHECK(error_of(
            "modules: {m: {paths: [m/**]}}\nscoring:\n  churn_days: lots\n") ==
        "seams.yaml:3:15: bad number 'lots' for scoring key 'churn_days'");
  CHECK(error_of("modules: {m: {paths: [m/**]}}\nscoring:\n  x: nan\n") ==
        "seams.yaml:3:6: bad number 'nan' for scoring key 'x'");
}

TEST_CASE("a config without a version is an error") {
  CHECK(exact_error_of("modules: {m: {paths: [m/**]}}\n") ==
        "seams.yaml: missing 'version'; add 'version: 1'");
}

TEST_CASE("a version is the number 1, however YAML spells it") {
  for (const char* one : {"1", "+1", "1.0", "0x1", "0o1", "1e0"}) {
    INFO(one);
    CHECK(load(std::string("version: ") + one +
               "\nmodules: {m: {paths: [m/**]}}\n")
              .config);
  }
  CHECK(error_of("version: \"1\"\nmodules: {m: {paths: [m/**]}}\n") ==
        "seams.yaml:1:10: 'version' must be the number 1, not a string; "
        "remove the quotes");
}

TEST_CASE("a config with no module is an error") {
  CHECK(error_of("version: 1\nmodules: {}\n") ==
        "seams.yaml:2:10: 'modules' is empty; declare at least one module "
        "with its 'paths'");
}

TEST_CASE("a control character in a module or layer name is an error") {
  CHECK(error_of("layers: [top, \"a\\nb\"]\nmodules: {m: {paths: [m/**]}}\n") ==
        "seams.yaml:1:15: layer name 'a\\nb' contains a control character; "
        "use printable characters");
  CHECK(error_of("modules:\n  \"evil\\r\\u0085x\\ty\": {paths: [m/**]}\n") ==
        "seams.yaml:2:3: module name 'evil\\r\\u0085x\\ty' contains a control "
        "character; use printable characters");
  CHECK(error_of("modules:\n  \"a\\x01\": {paths: [m/**]}\n") ==
        "seams.yaml:2:3: module name 'a\\x01' contains a control character; "
        "use printable characters");
}

TEST_CASE("an empty module, layer or owner name is an error") {
  CHECK(error_of("modules:\n  \"\": {paths: [m/**]}\n") ==
        "seams.yaml:2:3: empty module name");
  CHECK(error_of("layers: [\"\"]\nmodules: {m: {paths: [m/**]}}\n") ==
        "seams.yaml:1:10: empty layer name");
  CHECK(error_of("modules: {m: {paths: [m/**], owners: [\"\"]}}\n") ==
        "seams.yaml:1:39: empty owner; name a team or a person");
}

TEST_CASE("a tab in the indentation is named as the error") {
  CHECK(error_of("version: 1\nmodules:\n\ta:\n    paths: [a/**]\n") ==
        "seams.yaml:3:1: tabs are not allowed for indentation in YAML; use "
        "spaces");
  CHECK(error_of("version: 1\nmodules:\n  a:\n  \tpaths: [a/**]\n") ==
        "seams.yaml:4:3: tabs are not allowed for indentation in YAML; use "
        "spaces");
  // A line of only blanks indents nothing, and a tab after a key is a blank.
  CHECK(load("version:\t1\nmodules:\n\t\n  a: {paths: [a/**]}\n").config);
}

TEST_CASE("a name or glob that YAML reads as a number or boolean is an error") {
  CHECK(error_of("modules: {m: {paths: [m/**, 1]}}\n") ==
        "seams.yaml:1:29: '1' is a number in YAML, not a string; write it in "
        "quotes: \"1\"");
  CHECK(error_of("layers: [true]\nmodules: {m: {paths: [m/**]}}\n") ==
        "seams.yaml:1:10: 'true' is a boolean in YAML, not a string; write it "
        "in quotes: \"true\"");
  CHECK(
      error_of("modules: {m: {paths: [m/**], layer: 2}}\nlayers: [\"2\"]\n") ==
      "seams.yaml:1:37: '2' is a number in YAML, not a string; write it in "
      "quotes: \"2\"");
  CHECK(
      load("layers: [\"2\", yes, 1a]\nmodules: {m: {paths: [m/**]}}\n").config);
}

TEST_CASE("a value is a number or a word, not a number in quotes") {
  CHECK(error_of("modules: {m: {paths: [m/**], value: \"4\"}}\n") ==
        "seams.yaml:1:37: value '4' of module 'm' is a string; write the "
        "number without quotes");
  CHECK(load("modules: {m: {paths: [m/**], value: \"low\"}}\n").config);
}

TEST_CASE("a scoring value in quotes is not a number") {
  CHECK(
      error_of(
          "modules: {m: {paths: [m/**]}}\nscoring:\n  max_commits: \"5\"\n") ==
      "seams.yaml:3:16: bad number '5' for scoring key 'max_commits'");
}

TEST_CASE(
    "a rule id is one the vocabulary lists; 'plugin/rule' ids are no "
    "exception") {
  CHECK(error_of(
            "modules: {m: {paths: [m/**]}}\nrules:\n  typo/cycle: error\n") ==
        "seams.yaml:3:3: unknown rule 'typo/cycle'; known rules: cycle, "
        "layering, "
        "parse-failure, private-access, stale-exception, "
        "undeclared-dependency, unused-dependency");
  CHECK(error_of("modules: {m: {paths: [m/**]}}\nrules: {cylce: off}\n") ==
        "seams.yaml:2:9: unknown rule 'cylce'; did you mean 'cycle'?");
  Diagnostics diags;
  const ConfigVocabulary only_cycle{{"cycle"}};
  CHECK_FALSE(load_config_from_string(
      "modules: {m: {paths: [m/**]}}\nrules: {layering: off}\n", "seams.yaml",
      only_cycle, diags));
  CHECK(load("modules: {m: {paths: [m/**]}}\nrules: {layering: off}\n").config);
}

TEST_CASE("every error of a file is reported in one run, in file order") {
  const Loaded loaded = load(R"(version: 3
layers: [app, app]
modules:
  billing:
    paths: ["src/[x"]
    depends_on: [core, usr]
    layer: domian
    value: 9
  users:
    path: ["src/users/**"]
rules:
  cycle: maybe
)");
  CHECK_FALSE(loaded.config);
  CHECK(
      loaded.messages ==
      std::vector<std::string>{
          R"(seams.yaml:1:10: unsupported version '3'; this seams reads version 1)",
          "seams.yaml:2:15: duplicate layer 'app'; first declared at 2:10",
          "seams.yaml:5:13: bad glob 'src/[x': unterminated '[' at column 5",
          "seams.yaml:6:18: module 'billing' depends on unknown module 'core'",
          R"(seams.yaml:6:24: module 'billing' depends on unknown module 'usr'; did you mean 'users'?)",
          R"(seams.yaml:7:12: module 'billing' has unknown layer 'domian'; layers are: app)",
          R"(seams.yaml:8:12: bad value '9' for module 'billing'; use 1..5 or low, medium, high)",
          R"(seams.yaml:9:3: module 'users' has no 'paths'; add a list of globs such as paths: ["src/users/**"])",
          R"(seams.yaml:10:5: unknown key 'path' in module 'users'; did you mean 'paths'?)",
          R"(seams.yaml:12:10: bad severity 'maybe' for rule 'cycle'; use error, warning or off)",
      });
  CHECK(loaded.diags.error_count() == 10);
}

TEST_CASE("find_config finds seams.yaml in the start directory") {
  TempDir dir;
  const fs::path file = dir.write("seams.yaml", "modules: {}\n");
  CHECK(find_config(dir.path()) == file);
}

TEST_CASE("find_config finds seams.yaml in the nearest parent") {
  TempDir dir;
  const fs::path top = dir.write("seams.yaml", "modules: {}\n");
  const fs::path nested = dir.write("sub/seams.yaml", "modules: {}\n");
  fs::create_directories(dir.path() / "sub" / "a" / "b");
  CHECK(find_config(dir.path() / "sub" / "a" / "b") == nested);
  CHECK(find_config(dir.path() / "sub" / "a" / "b/") == nested);
  fs::create_directories(dir.path() / "other");
  CHECK(find_config(dir.path() / "other") == top);
}

TEST_CASE("find_config keeps a relative start relative") {
  TempDir dir;
  const fs::path top = dir.write("seams.yaml", "modules: {}\n");
  fs::create_directories(dir.path() / "a" / "b");
  const fs::path start = fs::relative(dir.path() / "a" / "b");
  const std::optional<fs::path> found = find_config(start);
  REQUIRE(found);
  CHECK(found->is_relative());
  CHECK(fs::equivalent(*found, top));
}

TEST_CASE("find_config finds nothing when no directory up to / has one") {
  TempDir dir;
  fs::create_directories(dir.path() / "a");
  for (fs::path p = dir.path(); p != p.parent_path(); p = p.parent_path()) {
    if (fs::exists(p.parent_path() / "seams.yaml"))
      return;  // someone left one in /tmp
  }
  CHECK_FALSE(find_config(dir.path() / "a"));
}

// Module groups: BDE-style package groups (`groups:`) and references to them.
constexpr std::string_view kGroups = R"(version: 1
layers: [top, base]
groups:
  bsl:
    modules: [bsls, "bslm*"]
    layer: base
  bdl:
    modules: ["bdl*"]
    depends_on: [bsl, group:bdl]
modules:
  bsls: {paths: ["bsls/**"]}
  bslma: {paths: ["bslma/**"], layer: top}
  bslmf: {paths: ["bslmf/**"]}
  bdlb: {paths: ["bdlb/**"]}
  bdlt: {paths: ["bdlt/**"], depends_on: [bdlb, "bsl*", group:bsl]}
  app: {paths: ["app/**"]}
)";

TEST_CASE("groups expand their globs to sorted members and lend their layer") {
  const Loaded loaded = load_exact(kGroups);
  REQUIRE(loaded.config);
  CHECK(loaded.messages.empty());
  const Config& c = *loaded.config;
  REQUIRE(c.groups.size() == 2);
  CHECK(c.groups[0].name == "bsl");
  CHECK(c.groups[0].loc == ConfigLoc{4, 3});
  CHECK(c.groups[0].members ==
        std::vector<std::string>{"bslma", "bslmf", "bsls"});
  CHECK(c.groups[0].entries[1].modules ==
        std::vector<std::string>{"bslma", "bslmf"});
  CHECK(c.groups[1].members == std::vector<std::string>{"bdlb", "bdlt"});
  REQUIRE(c.groups[1].depends_on);
  CHECK(names(*c.groups[1].depends_on) ==
        std::vector<std::string>{"bsl", "group:bdl"});
  CHECK((*c.groups[1].depends_on)[1].modules ==
        std::vector<std::string>{"bdlb", "bdlt"});
  const ModuleConfig& bsls = c.modules[*c.find_module("bsls")];
  CHECK(bsls.group == "bsl");
  REQUIRE(bsls.layer);
  CHECK(bsls.layer->name == "base");  // the group's
  CHECK(bsls.layer->loc == ConfigLoc{6, 12});
  CHECK(c.modules[*c.find_module("bslma")].layer->name == "top");  // its own
  CHECK_FALSE(c.modules[*c.find_module("app")].group);
}

TEST_CASE(
    "a depends_on entry stands for a module, a glob's matches or a group") {
  const Loaded loaded = load_exact(kGroups);
  REQUIRE(loaded.config);
  const Config& c = *loaded.config;
  const ModuleConfig& bdlt = c.modules[*c.find_module("bdlt")];
  REQUIRE(bdlt.depends_on);
  const auto& deps = *bdlt.depends_on;
  CHECK(deps[0].modules == std::vector<std::string>{"bdlb"});
  CHECK(deps[1].modules == std::vector<std::string>{"bslma", "bslmf", "bsls"});
  CHECK(deps[2].modules == std::vector<std::string>{"bslma", "bslmf", "bsls"});
  // Its own entries plus its group's (bsl, and bdl itself minus bdlt).
  CHECK(c.direct_dependencies(bdlt) ==
        std::vector<std::string>{"bdlb", "bslma", "bslmf", "bsls"});
  // A member of a group without depends_on, with none of its own: free.
  CHECK_FALSE(c.direct_dependencies(c.modules[*c.find_module("bsls")]));
  CHECK_FALSE(c.direct_dependencies(c.modules[*c.find_module("app")]));
  // Restricted by its group alone.
  CHECK(c.direct_dependencies(c.modules[*c.find_module("bdlb")]) ==
        std::vector<std::string>{"bdlt", "bslma", "bslmf", "bsls"});
}

TEST_CASE("a cycle between groups is not a config error") {
  const Loaded loaded = load(
      "groups:\n"
      "  x: {modules: [a], depends_on: [y]}\n"
      "  y: {modules: [b], depends_on: [group:x]}\n"
      "modules:\n  a: {paths: [a/**]}\n  b: {paths: [b/**]}\n");
  CHECK(loaded.config);
  CHECK(loaded.messages.empty());
}

TEST_CASE("an unknown group is an error with a suggestion") {
  CHECK(error_of("groups:\n  bsl: {modules: [a]}\n"
                 "modules:\n  a: {paths: [a/**]}\n"
                 "  b: {paths: [b/**], depends_on: [group:bls]}\n") ==
        "seams.yaml:5:35: module 'b' depends on unknown group 'bls'; did you "
        "mean 'bsl'?");
  CHECK(error_of("groups:\n  bsl: {modules: [a], depends_on: [zzz]}\n"
                 "modules:\n  a: {paths: [a/**]}\n") ==
        "seams.yaml:2:36: group 'bsl' depends on unknown group 'zzz'; groups "
        "are: bsl");
  // A group's name without `group:` in a module's depends_on.
  CHECK(error_of("groups:\n  g: {modules: [a]}\n"
                 "modules:\n  a: {paths: [a/**]}\n"
                 "  b: {paths: [b/**], depends_on: [g]}\n") ==
        "seams.yaml:5:35: module 'b' depends on unknown module 'g'; did you "
        "mean 'group:g'?");
}

TEST_CASE("a module in two groups is an error naming both") {
  CHECK(error_of("groups:\n  x: {modules: [a]}\n  y: {modules: [\"*\"]}\n"
                 "modules:\n  a: {paths: [a/**]}\n  b: {paths: [b/**]}\n") ==
        "seams.yaml:3:17: module 'a' is in group 'x' (at 2:3) and in group "
        "'y'; a module belongs to at most one group");
}

TEST_CASE("a glob over module names that matches nothing is an error") {
  CHECK(error_of("groups:\n  x: {modules: [\"q*\"]}\n"
                 "modules:\n  a: {paths: [a/**]}\n") ==
        "seams.yaml:2:17: module glob 'q*' in group 'x' matches no module");
  CHECK(error_of("modules:\n  a: {paths: [a/**], depends_on: [\"q*\"]}\n") ==
        "seams.yaml:2:35: module glob 'q*' in module 'a' matches no module");
  CHECK(error_of("modules:\n  a: {paths: [a/**], depends_on: [\"a*\"]}\n") ==
        "seams.yaml:2:35: module glob 'a*' in module 'a' matches no module "
        "but 'a' itself");
  CHECK(error_of("groups:\n  x: {modules: [zz]}\n"
                 "modules:\n  a: {paths: [a/**]}\n") ==
        "seams.yaml:2:17: group 'x' names unknown module 'zz'");
}

TEST_CASE("group mistakes: no modules, unknown key, a module's name, layer") {
  CHECK(error_of("groups:\n  x: {depends_on: []}\n"
                 "modules:\n  a: {paths: [a/**]}\n") ==
        "seams.yaml:2:3: group 'x' has no 'modules'; list its modules, such "
        "as modules: [\"x*\"]");
  CHECK(error_of("groups:\n  x: {modules: [a], layre: top}\n"
                 "modules:\n  a: {paths: [a/**]}\n") ==
        "seams.yaml:2:21: unknown key 'layre' in group 'x'; did you mean "
        "'layer'?");
  CHECK(error_of("groups:\n  a: {modules: [a]}\n"
                 "modules:\n  a: {paths: [a/**]}\n") ==
        "seams.yaml:2:3: group 'a' has the name of a module; give the group "
        "another name");
  CHECK(error_of("layers: [top]\ngroups:\n  x: {modules: [a], layer: tpo}\n"
                 "modules:\n  a: {paths: [a/**]}\n") ==
        "seams.yaml:3:28: group 'x' has unknown layer 'tpo'; did you mean "
        "'top'?");
}

}  // namespace seams

namespace seams {
namespace {

constexpr std::string_view kPolicyModules =
    "layers: [app, domain]\nmodules:\n"
    "  app: {paths: [app/**], layer: app}\n"
    "  vault: {paths: [vault/**], layer: domain}\n"
    "groups:\n  core: {modules: [vault]}\n";

TEST_CASE("policies load with their selectors resolved") {
  const Loaded loaded = load(std::string(kPolicyModules) + R"(policies:
  p:
    kind: only
    from: [app, "!layer:domain", "path:src/**"]
    to: ["group:core", "symbol:vault::*", "macro:V_*"]
    severity: warning
    message: "m"
    link: https://example.com
    uses: [symbol, include]
    except:
      - {file: "app/x.cpp", target: "symbol:vault::Token", reason: "r", until: 2027-01-31}
)");
  REQUIRE(loaded.config);
  REQUIRE(loaded.config->policies.size() == 1);
  const PolicyConfig& p = loaded.config->policies[0];
  CHECK(p.id == "p");
  CHECK(p.kind == PolicyKind::only);
  CHECK(p.severity == RuleSeverity::warning);
  REQUIRE(p.from.size() == 3);
  CHECK(p.from[0].modules == std::vector<std::string>{"app"});
  CHECK(p.from[1].negated);
  CHECK(p.from[1].modules == std::vector<std::string>{"vault"});
  CHECK(p.from[2].kind == Selector::Kind::path);
  REQUIRE(p.to.size() == 3);
  CHECK(p.to[0].modules == std::vector<std::string>{"vault"});
  CHECK(p.to[1].kind == Selector::Kind::symbol);
  CHECK(p.to[1].glob->matches("vault::Card::id"));
  CHECK(p.to[2].kind == Selector::Kind::macro);
  CHECK(p.uses == std::vector<std::string>{"symbol", "include"});
  REQUIRE(p.except.size() == 1);
  CHECK(p.except[0].until == "2027-01-31");
  CHECK(p.except[0].target->kind == Selector::Kind::symbol);
}

TEST_CASE("policy mistakes are errors at their line, with did you mean") {
  const std::string m(kPolicyModules);
  CHECK(error_of(m +
                 "policies:\n  p: {kind: forbid, to: [valt], message: x}\n") ==
        "seams.yaml:8:26: policy 'p' names unknown module 'valt'; did you mean "
        "'vault'?");
  CHECK(error_of(m + "policies:\n  p: {kind: forbid, to: [\"layer:domian\"], "
                     "message: x}\n") ==
        "seams.yaml:8:26: policy 'p' names unknown layer 'domian'; did you "
        "mean 'domain'?");
  CHECK(error_of(m + "policies:\n  p: {kind: forbid, to: [\"group:cor\"], "
                     "message: x}\n") ==
        "seams.yaml:8:26: policy 'p' names unknown group 'cor'; did you mean "
        "'core'?");
  CHECK(error_of(m +
                 "policies:\n  p: {kind: forbd, to: [vault], message: x}\n") ==
        "seams.yaml:8:13: bad kind 'forbd' for policy 'p'; use forbid (no use "
        "from 'from' to 'to') or only (only 'from' may use 'to')");
  CHECK(error_of(m + "policies:\n  p: {kind: forbid, form: [app], to: [vault], "
                     "message: x}\n") ==
        "seams.yaml:8:21: unknown key 'form' in policy 'p'; did you mean "
        "'from'?");
  CHECK(error_of(m + "policies:\n  p: {kind: forbid, to: [\"hedaer:x.h\"], "
                     "message: x}\n") ==
        "seams.yaml:8:26: unknown prefix 'hedaer:' in 'hedaer:x.h' of policy "
        "'p'; expected one of: group, layer, path, symbol, macro, external");
  CHECK(error_of(m + "policies:\n  p: {kind: forbid, from: [\"symbol:a::b\"], "
                     "to: [vault], message: x}\n") ==
        "seams.yaml:8:28: 'symbol:a::b' in 'from' of policy 'p': a use is "
        "written in a file, so 'from' takes modules, group:, layer: and path: "
        "entries");
  CHECK(error_of(m + "policies:\n  cycle: {kind: forbid, to: [vault], "
                     "message: x}\n") ==
        "seams.yaml:8:3: policy 'cycle' has the id of a built-in rule; give it "
        "another id");
  CHECK(
      error_of(m + "policies:\n  p: {kind: only, to: [vault], message: x}\n") ==
      "seams.yaml:8:3: policy 'p' is 'only' but has no 'from': list the "
      "modules that may use its 'to'");
  CHECK(error_of(m + "policies:\n  p: {kind: forbid, to: [vault]}\n") ==
        "seams.yaml:8:3: policy 'p' has no 'message'");
  CHECK(error_of(m + "policies:\n  p: {kind: forbid, to: [vault], message: x, "
                     "except: [{file: a.cpp}]}\n") ==
        "seams.yaml:8:55: an exception of policy 'p' has no 'reason'; say why "
        "the use is allowed");
  CHECK(error_of(m +
                 "policies:\n  p: {kind: forbid, to: [vault], message: x, "
                 "except: [{file: a.cpp, reason: r, until: 2027-02-30x}]}\n") ==
        "seams.yaml:8:87: bad date '2027-02-30x' for 'until' in an exception "
        "of policy 'p'; write YYYY-MM-DD");
  CHECK(error_of(m + "policies:\n  p: {kind: forbid, to: [vault], message: x, "
                     "uses: [symbols]}\n") ==
        "seams.yaml:8:53: unknown use kind 'symbols'; did you mean 'symbol'?");
}

TEST_CASE("externals load with includes, paths and namespaces") {
  const Loaded loaded = load(std::string(kPolicyModules) + R"(externals:
  openssl:
    includes: ["<openssl/**>", '"ssl.h"', "crypto/*.h"]
    paths: ["/opt/openssl/include/**", "third_party/openssl/**"]
  boost.asio:
    namespaces: ["::boost::asio", std]
policies:
  p:
    kind: forbid
    to: ["external:openssl", "!external:b*", "external:other"]
    message: m
)");
  REQUIRE(loaded.config);
  const auto& x = loaded.config->externals;
  REQUIRE(x.size() == 2);
  CHECK(x[0].name == "openssl");
  REQUIRE(x[0].includes.size() == 3);
  CHECK(x[0].includes[0].glob.matches("openssl/ssl.h"));
  CHECK(x[0].includes[1].glob.matches("ssl.h"));
  CHECK(x[0].include_texts[0] == "<openssl/**>");
  REQUIRE(x[0].absolute_paths.size() == 1);
  CHECK(
      x[0].absolute_paths[0].glob.matches("opt/openssl/include/openssl/ssl.h"));
  REQUIRE(x[0].paths.size() == 1);
  CHECK(x[0].paths[0].glob.matches("third_party/openssl/x.h"));
  REQUIRE(x[1].namespaces.size() == 2);
  CHECK(x[1].namespaces[0].name == "boost::asio");
  const PolicyConfig& p = loaded.config->policies.at(0);
  REQUIRE(p.to.size() == 3);
  CHECK(p.to[0].modules == std::vector<std::string>{"external:openssl"});
  CHECK(p.to[1].negated);
  CHECK(p.to[1].modules == std::vector<std::string>{"external:boost.asio"});
  CHECK(p.to[2].modules == std::vector<std::string>{"external:other"});
}

TEST_CASE("externals mistakes are errors at their line") {
  const std::string m(kPolicyModules);
  CHECK(error_of(m + "externals:\n  ssl: {include: [\"<ssl/**>\"]}\n") ==
        "seams.yaml:8:9: unknown key 'include' in external library 'ssl'; "
        "did you mean 'includes'?");
  CHECK(error_of(m + "externals:\n  ssl: {}\n") ==
        "seams.yaml:8:3: external library 'ssl' names none of its code: give "
        "'includes', 'paths' or 'namespaces'");
  CHECK(error_of(m + "externals:\n  other: {namespaces: [x]}\n") ==
        "seams.yaml:8:3: 'other' is reserved for the external code no library "
        "names; give this library another name");
  CHECK(error_of(m + "externals:\n  ssl: {namespaces: [\"a::\"]}\n") ==
        "seams.yaml:8:22: bad namespace 'a::' in external library 'ssl'; "
        "write a qualified name such as 'boost::asio'");
  CHECK(error_of(m + "externals:\n  ssl: {paths: [\"/opt/**/\"]}\n") ==
        "seams.yaml:8:17: bad glob '/opt/**/' in external library 'ssl': "
        "trailing '/'; write 'opt/**/**' to match everything under it");
  CHECK(error_of(m +
                 "externals:\n  ssl: {namespaces: [x]}\npolicies:\n  "
                 "p: {kind: forbid, to: [\"external:sll\"], message: x}\n") ==
        "seams.yaml:10:26: policy 'p' names unknown external library 'sll'; "
        "did you mean 'ssl'?");
  CHECK(error_of(m + "externals:\n  ssl: {namespaces: [x]}\npolicies:\n  "
                     "p: {kind: forbid, from: [\"external:ssl\"], to: [vault], "
                     "message: x}\n") ==
        "seams.yaml:10:28: 'external:ssl' in 'from' of policy 'p': seams sees "
        "no use written in external code; name it in 'to'");
  CHECK(error_of(m + "policies:\n  p: {kind: forbid, to: [\"external:*\"], "
                     "message: x}\n") ==
        "seams.yaml:8:26: 'external:*' in policy 'p' matches no library of "
        "'externals:'");
}

}  // namespace
}  // namespace seams
