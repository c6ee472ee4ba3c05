// Policies (rules/policy.h): each kind and selector fires on its case and not
// on its nearest near-miss; exceptions excuse, expire and go stale.
#include "rules/policy.h"

#include <catch2/catch.hpp>

#include "graph/libraries.h"
#include "tests/support/fixtures.h"

namespace seams::test {
namespace {

constexpr const char* kModules = R"(version: 1
layers: [app, domain]
modules:
  app: {paths: ["src/app/**"], layer: app}
  orders: {paths: ["src/orders/**"], layer: domain}
  payments: {paths: ["src/payments/**"], layer: domain}
  vault: {paths: ["src/vault/**"], layer: domain}
)";

std::vector<Finding> run(const Fixture& f, const std::string& today = "") {
  return run_rules({*f.config, *f.map, f.graph, "seams.yaml", nullptr, today});
}

std::vector<std::string> ids(const std::vector<Finding>& fs) {
  std::vector<std::string> out;
  for (const Finding& f : fs) out.push_back(f.rule);
  return out;
}

FileUse macro(const std::string& from, const std::string& to,
              const std::string& name) {
  return {from, 1, 1, UseKind::macro, name, to, {}, {}};
}

TEST_CASE("an only policy flags every user but the listed ones", "[policy]") {
  auto f =
      make_fixture(std::string(kModules) + R"y(policies:
  vault-only-payments:
    kind: only
    from: [payments]
    to: [vault]
    message: "call payments::charge()"
)y",
                   {sym("src/payments/p.cpp", "src/vault/v.h", "vault::Card"),
                    sym("src/orders/o.cpp", "src/vault/v.h", "vault::Card"),
                    sym("src/orders/o.cpp", "src/payments/p.h", "pay")});
  const auto findings = run(f);
  REQUIRE(ids(findings) == std::vector<std::string>{"vault-only-payments"});
  CHECK(f.map->name(*findings[0].from) == "orders");
  CHECK(f.map->name(*findings[0].to) == "vault");
  CHECK(findings[0].message == "orders uses vault: call payments::charge()");
  CHECK(findings[0].severity == Severity::error);
  CHECK(findings[0].evidence.size() == 1);
  CHECK_FALSE(findings[0].fingerprint.empty());
}

TEST_CASE("a forbid policy on a symbol glob, from a negated layer",
          "[policy]") {
  auto f = make_fixture(
      std::string(kModules) + R"y(policies:
  no-legacy:
    kind: forbid
    from: ["!layer:app"]
    to: ["symbol:vault::Legacy*", "macro:VAULT_LOG"]
    severity: warning
    message: "use vault::Card"
)y",
      {sym("src/orders/o.cpp", "src/vault/v.h", "vault::LegacyCard"),
       sym("src/orders/o.cpp", "src/vault/v.h", "vault::Card", 2),
       macro("src/payments/p.cpp", "src/vault/v.h", "VAULT_LOG"),
       sym("src/payments/p.cpp", "src/vault/v.h", "VAULT_LOG", 3),
       sym("src/app/a.cpp", "src/vault/v.h", "vault::LegacyCard")});
  const auto findings = run(f);
  REQUIRE(ids(findings) == std::vector<std::string>{"no-legacy", "no-legacy"});
  CHECK(findings[0].severity == Severity::warning);
  // orders: the Legacy* symbol, not vault::Card.
  REQUIRE(findings[0].evidence.size() == 1);
  CHECK(findings[0].evidence[0].symbol == "vault::LegacyCard");
  // payments: the macro use, not a symbol use spelled like the macro.
  REQUIRE(findings[1].evidence.size() == 1);
  CHECK(findings[1].evidence[0].kind == UseKind::macro);
}

TEST_CASE("path selectors and use kinds", "[policy]") {
  auto f = make_fixture(std::string(kModules) + R"y(policies:
  no-internal-includes:
    kind: forbid
    from: ["path:src/orders/**"]
    to: ["path:src/vault/internal/**"]
    uses: [include]
    message: "include the public header"
)y",
                        {inc("src/orders/o.cpp", "src/vault/internal/i.h"),
                         sym("src/orders/o.cpp", "src/vault/internal/i.h", "x"),
                         inc("src/payments/p.cpp", "src/vault/internal/i.h"),
                         inc("src/orders/o.cpp", "src/vault/v.h")});
  const auto findings = run(f);
  REQUIRE(ids(findings) == std::vector<std::string>{"no-internal-includes"});
  REQUIRE(findings[0].evidence.size() == 1);
  CHECK(findings[0].evidence[0].kind == UseKind::include);
  CHECK(findings[0].evidence[0].target == "src/vault/internal/i.h");
}

TEST_CASE("an exception excuses its uses until its day, then goes stale",
          "[policy]") {
  auto f =
      make_fixture(std::string(kModules) + R"y(policies:
  vault-only-payments:
    kind: only
    from: [payments]
    to: [vault]
    message: "m"
    except:
      - {file: "src/orders/o.cpp", reason: "migrating", until: 2027-06-30}
      - {file: "src/app/**", target: "symbol:vault::Token", reason: "public"}
      - {file: "src/gone.cpp", reason: "was needed once"}
)y",
                   {sym("src/orders/o.cpp", "src/vault/v.h", "vault::Card"),
                    sym("src/app/a.cpp", "src/vault/v.h", "vault::Token"),
                    sym("src/app/a.cpp", "src/vault/v.h", "vault::Card", 2)});
  SECTION("on and before the day") {
    const auto findings = run(f, "2027-06-30");
    REQUIRE(ids(findings) ==
            std::vector<std::string>{"vault-only-payments", "stale-exception"});
    // app's vault::Card has no exception; its vault::Token has one.
    REQUIRE(findings[0].evidence.size() == 1);
    CHECK(findings[0].evidence[0].symbol == "vault::Card");
    CHECK(findings[1].severity == Severity::warning);
    CHECK(findings[1].message ==
          "the exception of policy 'vault-only-payments' for 'src/gone.cpp' "
          "matches no use; remove it");
    REQUIRE(findings[1].config_location);
    CHECK(findings[1].config_location->line == 17);
  }
  SECTION("after the day: the uses are reported again, and the exception") {
    const auto findings = run(f, "2027-07-01");
    REQUIRE(ids(findings) == std::vector<std::string>{
                                 "vault-only-payments", "vault-only-payments",
                                 "stale-exception", "stale-exception"});
    CHECK(f.map->name(*findings[1].from) == "orders");
    CHECK(findings[3].message ==
          "the exception of policy 'vault-only-payments' for "
          "'src/orders/o.cpp' expired on 2027-06-30: its uses are reported "
          "again; fix them, or renew it with a reason");
    CHECK(findings[2].fingerprint != findings[3].fingerprint);
  }
}

TEST_CASE("a policy turned off finds nothing and no exception goes stale",
          "[policy]") {
  auto f = make_fixture(std::string(kModules) + R"y(policies:
  p:
    kind: forbid
    to: [vault]
    severity: off
    message: "m"
    except: [{file: "src/none.cpp", reason: "r"}]
)y",
                        {sym("src/orders/o.cpp", "src/vault/v.h")});
  CHECK(run(f).empty());
}

}  // namespace
}  // namespace seams::test

namespace seams::test {
namespace {

TEST_CASE("a built-in rule takes exceptions too", "[policy]") {
  auto f = make_fixture(R"y(version: 1
modules:
  a: {paths: ["src/a/**"], depends_on: []}
  b: {paths: ["src/b/**"]}
rules:
  undeclared-dependency:
    severity: error
    except:
      - {file: "src/a/old.cpp", reason: "goes away with the v1 API"}
      - {file: "src/a/*.cpp", target: "symbol:b::Gone", reason: "removed"}
)y",
                        {sym("src/a/old.cpp", "src/b/y.h", "b::Y"),
                         sym("src/a/new.cpp", "src/b/y.h", "b::Y")});
  const auto findings = run_rules({*f.config, *f.map, f.graph, "seams.yaml"});
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].rule == "undeclared-dependency");
  REQUIRE(findings[0].evidence.size() == 1);
  CHECK(findings[0].evidence[0].file == "src/a/new.cpp");
  CHECK(findings[1].rule == "stale-exception");
  CHECK(findings[1].message ==
        "the exception of rule 'undeclared-dependency' for 'src/a/*.cpp' -> "
        "'symbol:b::Gone' matches no use; remove it");
}

TEST_CASE("policies judge uses of libraries and of unnamed external code",
          "[policy]") {
  auto f = make_fixture(std::string(kModules) + R"y(externals:
  ssl: {includes: ["<openssl/**>"]}
  stdlib: {namespaces: [std]}
policies:
  ssl-only-payments:
    kind: only
    from: [payments]
    to: ["external:ssl"]
    message: "go through payments"
  no-libraries-in-domain:
    kind: forbid
    from: ["layer:domain"]
    to: ["external:*", "!external:stdlib"]
    message: "keep the domain pure"
  no-rand:
    kind: forbid
    to: ["symbol:rand"]
    message: "use a seeded engine"
)y",
                        {});
  Diagnostics diags;
  const std::vector<std::string> dirs = {"/usr/include"};
  auto use = [](const std::string& from, const std::string& symbol,
                const std::string& to) {
    return FileUse{from, 1, 1, UseKind::symbol, symbol, to, {}, {}};
  };
  add_library_edges(
      f.graph,
      {use("src/payments/p.cpp", "SSL_new", "/usr/include/openssl/ssl.h"),
       use("src/app/a.cpp", "SSL_new", "/usr/include/openssl/ssl.h"),
       use("src/orders/o.cpp", "std::string", "/usr/include/string"),
       use("src/app/a.cpp", "rand", "/usr/include/stdlib.h")},
      dirs, *f.map, {"src/payments/p.cpp", "src/app/a.cpp", "src/orders/o.cpp"},
      diags);
  const auto findings = run(f);
  std::vector<std::string> got;
  for (const Finding& x : findings)
    got.push_back(x.rule + " " + f.map->name(*x.from) + " -> " +
                  f.map->name(*x.to) + ": " + x.message);
  // payments -> ssl is a domain module using a library, so the second policy
  // fires there; orders' std::string is allowed by the negation.
  CHECK(got == std::vector<std::string>{
                   "no-rand app -> external:other: app uses external code: use "
                   "a seeded engine",
                   "ssl-only-payments app -> external:ssl: app uses "
                   "external:ssl: go through payments",
                   "no-libraries-in-domain payments -> external:ssl: payments "
                   "uses external:ssl: keep the domain pure"});
}

}  // namespace
}  // namespace seams::test
