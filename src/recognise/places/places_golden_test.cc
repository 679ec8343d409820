// Golden place layers: tests/golden/places/NAME.txt (our own short texts) against NAME.places.tsv.
// FAULTLINE_UPDATE_GOLDEN=1 rewrites the expectations; review the diff before committing.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "recognise/places/recognise_places.h"
#include "recognise/places/test_gazetteer.h"
#include "segment/segmenter.h"
#include "segment/tagger.h"

namespace faultline {
namespace {

std::string Layer(const Document& doc) {
  std::ostringstream out;
  for (const Place& p : doc.places) {
    out << p.span.begin << "-" << p.span.end << "\t" << doc.Text(p.span) << "\t" << p.name << "\t" << p.country
        << "\t" << p.admin1 << "\t" << p.feature << "\t" << p.precision << "\t" << (p.adjectival ? "adj" : "-")
        << "\t" << p.tier << "\n";
  }
  return out.str();
}

std::string Slurp(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(PlacesGolden, TextsMatchTheirExpectedLayers) {
  FL_REQUIRE_GAZETTEER();
  static Lexicon lexicon;
  if (!lexicon.loaded()) (void)lexicon.Load("/usr/share/wordnet");
  const std::filesystem::path dir = std::filesystem::path(FAULTLINE_SOURCE_DIR) / "tests/golden/places";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no " << dir;
  const bool update = std::getenv("FAULTLINE_UPDATE_GOLDEN") != nullptr;
  int checked = 0;
  for (const auto& f : std::filesystem::directory_iterator(dir)) {
    if (f.path().extension() != ".txt") continue;
    Document doc;
    doc.text = Slurp(f.path());
    Segment(doc);
    Tag(doc, lexicon);
    RecognisePlaces(doc, *gaz, lexicon);
    const std::string got = Layer(doc);
    std::filesystem::path want_path = f.path();
    want_path.replace_extension(".places.tsv");
    if (update) {
      std::ofstream(want_path) << got;
      continue;
    }
    EXPECT_EQ(got, Slurp(want_path)) << f.path();
    ++checked;
  }
  if (!update) {
    EXPECT_GT(checked, 0);
  }
}

}  // namespace
}  // namespace faultline
