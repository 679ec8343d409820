// Golden files: tests/golden/timex/NAME.txt is a short text of our own, NAME.json its
// publication date and the expressions expected in it ({"date", "timex": [{"text",
// "type", "value"}]}). FAULTLINE_UPDATE_GOLDEN=1 rewrites the JSON from the current output
// (review the diff before committing it).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "recognise/timex/timex_test_util.h"

namespace faultline {
namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(TimexGolden, AllFiles) {
  const fs::path dir = fs::path(FAULTLINE_SOURCE_DIR) / "tests" / "golden" / "timex";
  if (!fs::is_directory(dir)) GTEST_SKIP() << "no golden files at " << dir;
  const bool update = std::getenv("FAULTLINE_UPDATE_GOLDEN") != nullptr;
  int files = 0;
  for (const fs::directory_entry& e : fs::directory_iterator(dir)) {
    if (e.path().extension() != ".txt") continue;
    ++files;
    fs::path json_path = e.path();
    json_path.replace_extension(".json");
    nlohmann::json expected = nlohmann::json::parse(ReadFile(json_path));
    const std::string date = expected.value("date", "");
    const auto found = timex_test::Timexes(ReadFile(e.path()), date);
    nlohmann::ordered_json got = nlohmann::ordered_json::array();
    for (const auto& f : found) got.push_back({{"text", f.text}, {"type", f.type}, {"value", f.value}});
    if (update) {
      nlohmann::ordered_json out;
      out["date"] = date;
      out["timex"] = got;
      std::ofstream(json_path) << out.dump(1) << "\n";
      continue;
    }
    EXPECT_EQ(nlohmann::json(got).dump(1), expected["timex"].dump(1)) << e.path();
  }
  EXPECT_GT(files, 0);
}

}  // namespace
}  // namespace faultline
