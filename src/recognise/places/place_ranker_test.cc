#include "recognise/places/place_ranker.h"

#include <gtest/gtest.h>

#include "recognise/places/place_finder.h"
#include "recognise/places/test_gazetteer.h"

namespace faultline::places {
namespace {

uint32_t ByGeonameId(const Gazetteer& g, const char* name, int64_t id) {
  std::vector<PlaceCandidate> c;
  LookupName(g, name, &c);
  for (const PlaceCandidate& pc : c) {
    if (g.entry(pc.entry).geonameid == id) return pc.entry;
  }
  return kNoEntry;
}

TEST(Prominence, CountryOverAdmin1OverCity) {
  FL_REQUIRE_GAZETTEER();
  const uint32_t country = gaz->CountryEntry("SY");
  const uint32_t admin1 = ByGeonameId(*gaz, "Idlib", 169387);
  const uint32_t city = ByGeonameId(*gaz, "Idlib", 169389);
  ASSERT_NE(admin1, kNoEntry);
  ASSERT_NE(city, kNoEntry);
  EXPECT_GT(Prominence(*gaz, country), Prominence(*gaz, admin1));
  EXPECT_GT(Prominence(*gaz, admin1), Prominence(*gaz, city));
}

TEST(Prominence, PopulationZeroIsImputedFromTheFeatureCode) {
  FL_REQUIRE_GAZETTEER();
  const uint32_t maarat = ByGeonameId(*gaz, "Maarat al-Numan", 167611);
  ASSERT_NE(maarat, kNoEntry);
  EXPECT_EQ(gaz->entry(maarat).population, 0u);
  EXPECT_GE(EffectivePopulation(*gaz, maarat), 10000);
}

TEST(TierScore, ExactBeatsFoldedBeatsTranslit) {
  FL_REQUIRE_GAZETTEER();
  PlaceCandidate c{gaz->CountryEntry("SY"), Tier::kExact, false, true, PlaceKind::kCountry, 0};
  const double exact = TierScore(c);
  c.tier = Tier::kFolded;
  const double folded = TierScore(c);
  c.tier = Tier::kTranslit;
  EXPECT_GT(exact, folded);
  EXPECT_GT(folded, TierScore(c));
}

TEST(HintScore, ProvinceWantsTheAdmin1Area) {
  FL_REQUIRE_GAZETTEER();
  const uint32_t admin1 = ByGeonameId(*gaz, "Idlib", 169387);
  const uint32_t city = ByGeonameId(*gaz, "Idlib", 169389);
  EXPECT_GT(HintScore(*gaz, TypeHint::kAdmin1, admin1), 0);
  EXPECT_LT(HintScore(*gaz, TypeHint::kAdmin1, city), 0);
  EXPECT_GT(HintScore(*gaz, TypeHint::kCity, city), 0);
  EXPECT_EQ(HintScore(*gaz, TypeHint::kNone, city), 0);
}

TEST(ArticleCountryScore, FavoursTheCountriesDiscussed) {
  FL_REQUIRE_GAZETTEER();
  const uint32_t paris_fr = ByGeonameId(*gaz, "Paris", 2988507);
  const uint32_t paris_tx = ByGeonameId(*gaz, "Paris", 4717560);
  ASSERT_NE(paris_fr, kNoEntry);
  ASSERT_NE(paris_tx, kNoEntry);
  const std::map<std::string, double> us{{"US", 3.0}};
  EXPECT_GT(ArticleCountryScore(*gaz, paris_tx, us), ArticleCountryScore(*gaz, paris_fr, us));
  EXPECT_EQ(ArticleCountryScore(*gaz, paris_fr, {}), 0);
}

TEST(ContainmentScore, InsideTheNamedContainer) {
  FL_REQUIRE_GAZETTEER();
  const uint32_t maarat = ByGeonameId(*gaz, "Maarat al-Numan", 167611);
  const uint32_t idlib = ByGeonameId(*gaz, "Idlib", 169387);
  const uint32_t paris_tx = ByGeonameId(*gaz, "Paris", 4717560);
  EXPECT_TRUE(Inside(*gaz, maarat, idlib));
  EXPECT_GT(ContainmentScore(*gaz, maarat, idlib), 0);
  EXPECT_GT(ContainmentScore(*gaz, maarat, gaz->CountryEntry("SY")), 0);
  EXPECT_LT(ContainmentScore(*gaz, paris_tx, gaz->CountryEntry("FR")), 0);
  EXPECT_EQ(ContainmentScore(*gaz, paris_tx, kNoEntry), 0);
}

TEST(CoherenceScore, NearTheArticlesOtherPlaces) {
  FL_REQUIRE_GAZETTEER();
  const uint32_t maarat = ByGeonameId(*gaz, "Maarat al-Numan", 167611);
  const uint32_t idlib_city = ByGeonameId(*gaz, "Idlib", 169389);
  const uint32_t paris_fr = ByGeonameId(*gaz, "Paris", 2988507);
  EXPECT_GT(CoherenceScore(*gaz, maarat, {idlib_city}), 0);
  EXPECT_EQ(CoherenceScore(*gaz, paris_fr, {idlib_city}), 0);
}

// Coherence reads the other picks four at a time: a pick counts in any group, and the candidate
// itself (another mention's pick) and countries do not.
TEST(CoherenceScore, EveryGroupOfPicksButNotTheCandidateItself) {
  FL_REQUIRE_GAZETTEER();
  const uint32_t maarat = ByGeonameId(*gaz, "Maarat al-Numan", 167611);
  const uint32_t idlib_city = ByGeonameId(*gaz, "Idlib", 169389);
  const uint32_t paris_fr = ByGeonameId(*gaz, "Paris", 2988507);
  const uint32_t paris_tx = ByGeonameId(*gaz, "Paris", 4717560);
  ASSERT_NE(paris_tx, kNoEntry);
  const uint32_t sy = gaz->CountryEntry("SY");
  EXPECT_EQ(CoherenceScore(*gaz, maarat, {maarat, sy}), 0);
  EXPECT_EQ(CoherenceScore(*gaz, paris_fr, {paris_fr, paris_tx, sy, paris_tx, paris_fr}), 0);
  const double alone = CoherenceScore(*gaz, maarat, {idlib_city});
  EXPECT_GT(alone, 0);
  EXPECT_EQ(CoherenceScore(*gaz, maarat, {paris_fr, paris_tx, paris_fr, paris_tx, idlib_city}),
            alone);
  EXPECT_EQ(CoherenceScore(*gaz, maarat,
                           {paris_fr, paris_tx, paris_fr, paris_tx, paris_fr, paris_tx, paris_fr,
                            paris_tx, idlib_city, maarat}),
            alone);
}

TEST(Precision, UcdpLevels) {
  FL_REQUIRE_GAZETTEER();
  PlaceMention m;
  EXPECT_EQ(Precision(*gaz, m, ByGeonameId(*gaz, "Maarat al-Numan", 167611)), 1);
  EXPECT_EQ(Precision(*gaz, m, ByGeonameId(*gaz, "Idlib", 169387)), 4);
  EXPECT_EQ(Precision(*gaz, m, gaz->CountryEntry("SY")), 6);
  m.directional = true;
  EXPECT_EQ(Precision(*gaz, m, gaz->CountryEntry("SY")), 5);
  m.directional = false;
  m.near = true;
  EXPECT_EQ(Precision(*gaz, m, ByGeonameId(*gaz, "Maarat al-Numan", 167611)), 2);
}

TEST(DistanceKm, KnownDistance) {
  EXPECT_NEAR(DistanceKm(35.93, 36.63, 35.65, 36.68), 31.4, 1.0);  // Idlib to Ma'arrat an-Nu'man
}

}  // namespace
}  // namespace faultline::places
