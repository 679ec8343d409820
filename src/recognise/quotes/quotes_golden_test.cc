// Golden files for quotes: tests/golden/quotes/NAME.txt is a short text of our own and
// NAME.json the quotations expected from it (text, direct, speaker, speaker name, cue,
// medium). A missing .json is written from the current output for review.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "recognise/quotes/quote_recogniser.h"
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

Json QuotesJson(const Document& doc) {
  Json out = Json::array();
  for (const Quote& q : doc.quotes) {
    Json j;
    j["text"] = std::string(doc.Text(q.span));
    j["direct"] = q.direct;
    j["speaker"] = q.speaker_span ? Json(std::string(doc.Text(*q.speaker_span))) : Json(nullptr);
    j["speaker_name"] = q.speaker_name;
    j["cue"] = q.cue ? Json(std::string(doc.Text(*q.cue))) : Json(nullptr);
    j["medium"] = q.medium;
    out.push_back(j);
  }
  return out;
}

TEST(QuotesGolden, EveryFileMatches) {
  Lexicon lexicon;
  if (!lexicon.Load("/usr/share/wordnet").ok()) GTEST_SKIP() << "WordNet is not installed";
  const fs::path dir = fs::path(FAULTLINE_SOURCE_DIR) / "tests/golden/quotes";
  int files = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    ++files;
    Document doc;
    doc.text = ReadAll(entry.path());
    Segment(doc);
    Tag(doc, lexicon);
    RecogniseQuotes(doc);
    const Json got = QuotesJson(doc);
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
