#include "recognise/places/recognise_places.h"

#include <gtest/gtest.h>

#include "recognise/places/place_ranker.h"
#include "recognise/places/test_gazetteer.h"
#include "segment/segmenter.h"
#include "segment/tagger.h"

namespace faultline {
namespace {

const Lexicon& SharedLexicon() {
  static const Lexicon* lex = [] {
    auto* l = new Lexicon();
    (void)l->Load("/usr/share/wordnet");  // unloaded lexicon: tests still run, less strictly
    return l;
  }();
  return *lex;
}

Document Places(const places::Gazetteer& g, const std::string& text) {
  Document doc;
  doc.text = text;
  Segment(doc);
  Tag(doc, SharedLexicon());
  RecognisePlaces(doc, g, SharedLexicon());
  return doc;
}

const Place* Find(const Document& doc, const std::string& text) {
  for (const Place& p : doc.places) {
    if (doc.Text(p.span).find(text) != std::string_view::npos) return &p;
  }
  return nullptr;
}

TEST(RecognisePlaces, ThreeSpellingsOfOneTownInSyria) {
  FL_REQUIRE_GAZETTEER();
  const Document doc = Places(*gaz,
      "Shelling hit Maarat al-Numan in Idlib province on Monday. Residents of Maaret Al-Numan fled "
      "north. Ma'arrat an-Nu'man lies on the highway to Aleppo, Syria.");
  for (const char* s : {"Maarat al-Numan", "Maaret Al-Numan", "Ma'arrat an-Nu'man"}) {
    const Place* p = Find(doc, s);
    ASSERT_NE(p, nullptr) << s;
    EXPECT_EQ(p->geonameid, 167611) << s;
    EXPECT_EQ(p->country, "SY");
    EXPECT_EQ(p->precision, 1);
  }
  const Place* idlib = Find(doc, "Idlib");
  ASSERT_NE(idlib, nullptr);
  EXPECT_EQ(idlib->feature, "ADM1");
  EXPECT_EQ(doc.Text(idlib->span), "Idlib province");
}

TEST(RecognisePlaces, DirectionsAndProvinces) {
  FL_REQUIRE_GAZETTEER();
  const Document doc = Places(*gaz,
      "Jets struck southern and eastern Idlib province. Later they hit northern Idlib, and the army "
      "withdrew from northeastern Syria.");
  const Place* se = Find(doc, "southern and eastern Idlib province");
  ASSERT_NE(se, nullptr);
  EXPECT_EQ(se->feature, "ADM1");
  const Place* north = Find(doc, "northern Idlib");
  ASSERT_NE(north, nullptr);
  EXPECT_EQ(north->feature, "ADM1");
  const Place* ne = Find(doc, "northeastern Syria");
  ASSERT_NE(ne, nullptr);
  EXPECT_EQ(ne->feature, "REGION");
  EXPECT_NEAR(ne->lat, 36.5, 1.0);
}

TEST(RecognisePlaces, DemonymsAreAdjectival) {
  FL_REQUIRE_GAZETTEER();
  const Document doc = Places(*gaz, "Syrian government forces advanced on the town, a Russian official said.");
  const Place* syrian = Find(doc, "Syrian");
  ASSERT_NE(syrian, nullptr);
  EXPECT_TRUE(syrian->adjectival);
  EXPECT_EQ(syrian->country, "SY");
  EXPECT_EQ(syrian->name, "Syria");
}

TEST(RecognisePlaces, TheTurkishBorderInASyriaStory) {
  FL_REQUIRE_GAZETTEER();
  const Document doc = Places(*gaz,
      "Thousands fled Idlib in Syria this week. Many are heading towards the Turkish border.");
  const Place* border = Find(doc, "Turkish border");
  ASSERT_NE(border, nullptr);
  EXPECT_EQ(border->feature, "BORDER");
  EXPECT_FALSE(border->adjectival);
  EXPECT_LT(places::DistanceKm(border->lat, border->lon, 36.2, 36.6), 161);
}

TEST(RecognisePlaces, PlacesInsideOtherNamesAreRejected) {
  FL_REQUIRE_GAZETTEER();
  const Document doc = Places(*gaz,
      "The Washington Post reported that Jordan Peterson met Paris Hilton. Mr. Jordan declined to comment.");
  EXPECT_EQ(Find(doc, "Washington"), nullptr);
  EXPECT_EQ(Find(doc, "Jordan"), nullptr);
  EXPECT_EQ(Find(doc, "Paris"), nullptr);
}

TEST(RecognisePlaces, ContainmentPicksTheRightNamesake) {
  FL_REQUIRE_GAZETTEER();
  const Document doc = Places(*gaz, "The fair opened in Paris, Texas, on Friday.");
  const Place* paris = Find(doc, "Paris");
  ASSERT_NE(paris, nullptr);
  EXPECT_EQ(paris->country, "US");
  EXPECT_EQ(paris->geonameid, 4717560);
}

TEST(RecognisePlaces, CoherenceWithTheArticlesOtherPlaces) {
  FL_REQUIRE_GAZETTEER();
  const Document doc = Places(*gaz,
      "Police in Gainesville said the suspect was held in the Hall County jail. He lives near "
      "Oakwood, Ga., and works in Atlanta.");
  const Place* g = Find(doc, "Gainesville");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->admin1, "Georgia");
}

TEST(RecognisePlaces, OrdinaryCapitalisedWordsAreNotPlaces) {
  FL_REQUIRE_GAZETTEER();
  const Document doc = Places(*gaz, "Police said March was a busy month. Reading the report, Mobile users complained.");
  EXPECT_EQ(Find(doc, "Police"), nullptr);
  EXPECT_EQ(Find(doc, "March"), nullptr);
}

TEST(RecognisePlaces, APersonsSurnameIsThatPersonThroughoutTheArticle) {
  FL_REQUIRE_GAZETTEER();
  const Document doc = Places(*gaz,
      "Officials met Pat Chester on Monday. The booster burned up, Chester said. Later Chester "
      "called again. Police in Gainesville said the road was closed.");
  EXPECT_EQ(Find(doc, "Chester"), nullptr);
  EXPECT_NE(Find(doc, "Gainesville"), nullptr);
}

TEST(RecognisePlaces, AcronymsAndCalendarWordsAreNotPlaces) {
  FL_REQUIRE_GAZETTEER();
  const Document doc = Places(*gaz,
      "KBR failed to ensure the work was done, the PA system said on March 16. "
      "The White House met Hamas officials in Columbia, SC, and at Wal-Mart.");
  EXPECT_EQ(Find(doc, "KBR"), nullptr);
  EXPECT_EQ(Find(doc, "PA"), nullptr);
  EXPECT_EQ(Find(doc, "March"), nullptr);
  EXPECT_EQ(Find(doc, "White House"), nullptr);
  EXPECT_EQ(Find(doc, "Hamas"), nullptr);
  EXPECT_EQ(Find(doc, "Wal"), nullptr);
  const Place* sc = Find(doc, "SC");
  ASSERT_NE(sc, nullptr);
  EXPECT_EQ(sc->name, "South Carolina");
}

TEST(RecognisePlaces, TransliterationKeysOnlyForTransliteratedNames) {
  FL_REQUIRE_GAZETTEER();
  // "Verduin" shares a loose key with Virden, Illinois: a surname, not a town.
  const Document doc = Places(*gaz, "Officers searched the river near DeKalb, Ill., where Verduin was last seen.");
  EXPECT_EQ(Find(doc, "Verduin"), nullptr);
}

TEST(RecognisePlaces, ACapitalisedDirectionBeforeAState) {
  FL_REQUIRE_GAZETTEER();
  const Document doc = Places(*gaz, "Most Northeast Georgia school systems in Gainesville, Ga., have not cut teachers.");
  const Place* ga = Find(doc, "Northeast Georgia");
  ASSERT_NE(ga, nullptr);
  EXPECT_EQ(ga->country, "US");
}

TEST(RecognisePlaces, NothingWithoutAGazetteer) {
  places::Gazetteer none;
  const Document doc = Places(none, "Shelling hit Idlib.");
  EXPECT_TRUE(doc.places.empty());
}

}  // namespace
}  // namespace faultline
