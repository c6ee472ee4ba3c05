#pragma once
namespace b {
struct Config {
  int retries;
};
Config& config();
}  // namespace b
