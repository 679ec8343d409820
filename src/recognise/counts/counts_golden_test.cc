// Golden files for counts: tests/golden/counts/NAME.txt is a short text of our own and
// NAME.json the counts a careful coder expects from it (text, quantity, qualifier,
// category, unit). A missing .json is written from the current output for review.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "recognise/counts/count_recogniser.h"
#include "segment/segmenter.h"
#include "segment/tagger.h"

namespace faultline {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Json CountsJson(const Document& doc) {
  Json out = Json::array();
  for (const Count& c : doc.counts) {
    Json j;
    j["text"] = std::string(doc.Text(c.span));
    j["quantity"] = c.quantity ? Json(*c.quantity) : Json(nullptr);
    j["qualifier"] = c.qualifier;
    j["category"] = c.category;
    j["unit"] = c.unit;
    out.push_back(j);
  }
  return out;
}

TEST(CountsGolden, EveryFileMatches) {
  Lexicon lexicon;
  if (!lexicon.Load("/usr/share/wordnet").ok()) GTEST_SKIP() << "WordNet is not installed";
  const fs::path dir = fs::path(FAULTLINE_SOURCE_DIR) / "tests/golden/counts";
  int files = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    ++files;
    Document doc;
    doc.text = ReadAll(entry.path());
    Segment(doc);
    Tag(doc, lexicon);
    RecogniseCounts(doc);
    const Json got = CountsJson(doc);
    fs::path expected = entry.path();
    expected.replace_extension(".json");
    if (!fs::exists(expected)) {
      std::ofstream(expected) << got.dump(1) << "\n";
      ADD_FAILURE() << "wrote " << expected << " for review";
      continue;
    }
    EXPECT_EQ(got, Json::parse(ReadAll(expected))) << entry.path() << "\n" << got.dump(1);
  }
  EXPECT_GT(files, 0);
}

}  // namespace
}  // namespace faultline
