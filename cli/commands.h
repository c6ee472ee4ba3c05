// The subcommands; each registers its flags on a CLI11 subcommand and returns a
// runner.
#pragma once

#include <functional>

namespace CLI {
class App;
}

namespace seams {

using Runner = std::function<int()>;

Runner register_baseline(CLI::App& app);
Runner register_check(CLI::App& app);
Runner register_graph(CLI::App& app);
Runner register_index(CLI::App& app);
Runner register_init(CLI::App& app);
Runner register_merge(CLI::App& app);
Runner register_report(CLI::App& app);
Runner register_explain(CLI::App& app);
Runner register_score(CLI::App& app);
Runner register_suggest(CLI::App& app);
Runner register_which(CLI::App& app);

}  // namespace seams
