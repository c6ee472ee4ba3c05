// A throwaway project on disk for front-end tests (clangd's TestTU): write
// files, index one main file with the real libclang front end, and get the
// linked file uses back.
#pragma once

#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "analyzer/compile_db.h"
#include "analyzer/frontend.h"
#include "analyzer/link.h"

namespace seams::test {

class TestProject {
 public:
  TestProject() {
    static int counter = 0;
    root_ = std::filesystem::temp_directory_path() /
            ("seams-test-" + std::to_string(::getpid()) + "-" +
             std::to_string(counter++));
    std::filesystem::remove_all(root_);
    std::filesystem::create_directories(root_);
    root_ = std::filesystem::canonical(root_);
  }
  ~TestProject() { std::filesystem::remove_all(root_); }
  TestProject(const TestProject&) = delete;
  TestProject& operator=(const TestProject&) = delete;

  void write(const std::string& rel, const std::string& text) {
    auto p = root_ / rel;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p) << text;
  }

  CompileCommand command(const std::string& main_rel,
                         std::vector<std::string> extra = {}) const {
    CompileCommand c;
    c.directory = root_.string();
    c.file = (root_ / main_rel).string();
    c.arguments = {"c++", "-std=c++20", "-Isrc"};
    c.arguments.insert(c.arguments.end(), extra.begin(), extra.end());
    c.arguments.push_back("-c");
    c.arguments.push_back(main_rel);
    return c;
  }

  /// Indexes the given main files (one command each) and links the facts.
  std::vector<FileUse> uses(const std::vector<std::string>& mains,
                            std::vector<TuFailure>* failures = nullptr) const {
    std::vector<CompileCommand> cmds;
    for (const auto& m : mains) cmds.push_back(command(m));
    std::vector<TuFailure> local;
    ProjectFacts facts = index_all(cmds, {{root_.string()}, 1, {}, {}},
                                   failures ? *failures : local);
    return link_uses(facts, root_.string());
  }

  const std::filesystem::path& root() const { return root_; }

 private:
  std::filesystem::path root_;
};

}  // namespace seams::test
