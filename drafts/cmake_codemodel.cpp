// Implements cmake_codemodel.h. The File API is CMake's documented interface
// for tools (cmake-file-api(7)); the reply is versioned JSON, so this reads
// only the members codemodel 2.0 defines and ignores the rest.
#include "drafts/cmake_codemodel.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "base/file_io.h"
#include "base/json_input.h"
#include "base/process.h"

namespace seams {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// A JSON file of the reply, parsed; nullopt with an error naming the file,
// line and column.
std::optional<json> read_json(const fs::path& path, Diagnostics& diags) {
  const FileText text = read_file(path);
  if (!text.ok()) {
    diags.error(path.string(), 0, 0,
                fmt::format("cannot read: {}", text.error_message()));
    return std::nullopt;
  }
  json doc;
  if (auto err = parse_json(text.text, doc)) {
    const TextPosition pos = position_of(text.text, err->offset);
    diags.error(path.string(), pos.line, pos.column,
                fmt::format("not valid JSON: {}", err->message));
    return std::nullopt;
  }
  if (!doc.is_object()) {
    diags.error(path.string(), 1, 1, "not a CMake File API reply: no object");
    return std::nullopt;
  }
  return doc;
}

// doc[key] as a string, or "" (and an error) when absent or not one.
std::string string_at(const json& doc, const char* key, const fs::path& file,
                      Diagnostics& diags) {
  auto it = doc.find(key);
  if (it == doc.end() || !it->is_string()) {
    diags.error(file.string(), 1, 1,
                fmt::format("not a CMake File API reply: no string '{}'", key));
    return "";
  }
  return it->get<std::string>();
}

const json* array_at(const json& doc, const char* key) {
  auto it = doc.find(key);
  return it != doc.end() && it->is_array() ? &*it : nullptr;
}

std::string absolute_in(const std::string& path, const std::string& base) {
  fs::path p(path);
  if (p.is_relative()) p = fs::path(base) / p;
  return p.lexically_normal().string();
}

std::optional<CMakeTarget> read_target(const fs::path& file,
                                       const std::string& source_dir,
                                       Diagnostics& diags) {
  auto doc = read_json(file, diags);
  if (!doc) return std::nullopt;
  const int before = diags.error_count();
  CMakeTarget t;
  t.name = string_at(*doc, "name", file, diags);
  t.type = string_at(*doc, "type", file, diags);
  t.id = string_at(*doc, "id", file, diags);
  if (diags.error_count() != before) return std::nullopt;
  if (const json* sources = array_at(*doc, "sources"))
    for (const json& s : *sources) {
      if (!s.is_object() || !s.contains("path") || !s["path"].is_string())
        continue;
      if (s.value("isGenerated", false)) continue;
      t.sources.push_back(
          absolute_in(s["path"].get<std::string>(), source_dir));
    }
  std::set<std::string> includes;
  if (const json* groups = array_at(*doc, "compileGroups"))
    for (const json& g : *groups)
      if (const json* inc = g.is_object() ? array_at(g, "includes") : nullptr)
        for (const json& i : *inc)
          if (i.is_object() && i.contains("path") && i["path"].is_string())
            includes.insert(
                absolute_in(i["path"].get<std::string>(), source_dir));
  t.include_dirs.assign(includes.begin(), includes.end());
  if (const json* deps = array_at(*doc, "dependencies"))
    for (const json& d : *deps)
      if (d.is_object() && d.contains("id") && d["id"].is_string())
        t.dependencies.push_back(d["id"].get<std::string>());  // ids for now
  std::sort(t.sources.begin(), t.sources.end());
  t.sources.erase(std::unique(t.sources.begin(), t.sources.end()),
                  t.sources.end());
  return t;
}

}  // namespace

std::optional<CMakeCodemodel> read_cmake_codemodel(const fs::path& build_dir,
                                                   Diagnostics& diags) {
  const fs::path reply = build_dir / ".cmake" / "api" / "v1" / "reply";
  // The newest index file has the greatest name (cmake-file-api(7)).
  std::string index;
  std::error_code ec;
  for (fs::directory_iterator it(reply, ec), end; !ec && it != end;
       it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.starts_with("index-") && name.ends_with(".json") && name > index)
      index = name;
  }
  if (index.empty()) {
    diags.error(reply.string(), 0, 0,
                "CMake wrote no File API reply here; is " + build_dir.string() +
                    " a build directory CMake configured (3.14 or newer)?");
    return std::nullopt;
  }
  auto idx = read_json(reply / index, diags);
  if (!idx) return std::nullopt;
  const json* answer = nullptr;
  if (auto r = idx->find("reply"); r != idx->end() && r->is_object())
    if (auto c = r->find("client-seams"); c != r->end() && c->is_object())
      if (auto m = c->find("codemodel-v2"); m != c->end() && m->is_object())
        answer = &*m;
  if (!answer || !answer->contains("jsonFile")) {
    std::string why = "no codemodel-v2 answer for client-seams";
    if (answer && answer->contains("error") && (*answer)["error"].is_string())
      why += ": " + (*answer)["error"].get<std::string>();
    diags.error((reply / index).string(), 1, 1, why);
    return std::nullopt;
  }
  const fs::path model_file = reply / answer->at("jsonFile").get<std::string>();
  auto model = read_json(model_file, diags);
  if (!model) return std::nullopt;
  CMakeCodemodel out;
  if (auto p = model->find("paths"); p != model->end() && p->is_object()) {
    out.source_dir = string_at(*p, "source", model_file, diags);
    out.build_dir = string_at(*p, "build", model_file, diags);
  } else {
    diags.error(model_file.string(), 1, 1, "not a CMake codemodel: no 'paths'");
    return std::nullopt;
  }
  const json* configs = array_at(*model, "configurations");
  if (!configs || configs->empty() || !(*configs)[0].is_object()) {
    diags.error(model_file.string(), 1, 1,
                "not a CMake codemodel: no configuration");
    return std::nullopt;
  }
  const json& config = (*configs)[0];
  out.configuration = config.value("name", "");
  std::map<std::string, std::string> name_of_id;
  if (const json* targets = array_at(config, "targets"))
    for (const json& t : *targets) {
      if (!t.is_object() || !t.contains("jsonFile") ||
          !t["jsonFile"].is_string())
        continue;
      auto target = read_target(reply / t["jsonFile"].get<std::string>(),
                                out.source_dir, diags);
      if (!target) return std::nullopt;
      name_of_id[target->id] = target->name;
      out.targets.push_back(std::move(*target));
    }
  for (CMakeTarget& t : out.targets) {
    std::vector<std::string> names;
    for (const std::string& id : t.dependencies)
      if (auto it = name_of_id.find(id); it != name_of_id.end())
        names.push_back(it->second);
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    t.dependencies = std::move(names);
  }
  std::sort(out.targets.begin(), out.targets.end(),
            [](const CMakeTarget& a, const CMakeTarget& b) {
              return a.name < b.name;
            });
  if (diags.has_errors()) return std::nullopt;
  return out;
}

std::optional<CMakeCodemodel> query_cmake_codemodel(const fs::path& build_dir,
                                                    Diagnostics& diags) {
  std::error_code ec;
  if (!fs::exists(build_dir / "CMakeCache.txt", ec)) {
    diags.error(build_dir.string(), 0, 0,
                "not a CMake build directory (no CMakeCache.txt); configure "
                "the project with CMake first, or run 'seams init' without "
                "--from cmake");
    return std::nullopt;
  }
  const fs::path query =
      build_dir / ".cmake" / "api" / "v1" / "query" / "client-seams";
  fs::create_directories(query, ec);
  if (!ec) std::ofstream(query / "codemodel-v2").flush();
  if (ec || !fs::exists(query / "codemodel-v2", ec)) {
    diags.error((query / "codemodel-v2").string(), 0, 0,
                "cannot write the CMake File API query here");
    return std::nullopt;
  }
  // Re-running CMake on the build directory answers the query; it changes no
  // setting of the build.
  const ProcessResult r = run_process({"cmake", build_dir.string()});
  if (r.exit_code != 0) {
    const std::string why =
        !r.start_error.empty() ? r.start_error : r.err.substr(0, 2000);
    diags.error(build_dir.string(), 0, 0,
                fmt::format("'cmake {}' failed: {}", build_dir.string(), why));
    return std::nullopt;
  }
  return read_cmake_codemodel(build_dir, diags);
}

}  // namespace seams
