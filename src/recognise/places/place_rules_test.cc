#include "recognise/places/place_rules.h"

#include <gtest/gtest.h>

namespace faultline::places {
namespace {

// The word lists answer through a (length, first byte) filter before their scan: words of every
// length and first letter, in and out of the lists, and the empty word.
TEST(PlaceRules, WordListsAcrossTheFilter) {
  EXPECT_TRUE(IsNameConnector("al"));
  EXPECT_TRUE(IsNameConnector("-"));
  EXPECT_TRUE(IsNameConnector("y"));
  EXPECT_TRUE(IsNameConnector("upon"));
  EXPECT_FALSE(IsNameConnector("the"));
  EXPECT_FALSE(IsNameConnector("a"));
  EXPECT_FALSE(IsNameConnector(""));
  EXPECT_TRUE(IsCalendarWord("christmas"));
  EXPECT_FALSE(IsCalendarWord("may"));  // not in the list: "May" is also a name
  EXPECT_TRUE(IsDirectionWord("north-eastern"));
  EXPECT_FALSE(IsDirectionWord("northerly"));
  EXPECT_TRUE(IsPersonTitle("mr."));
  EXPECT_FALSE(IsPersonTitle("mr-"));
  EXPECT_TRUE(IsNonPlaceEntity("white house"));
  EXPECT_FALSE(IsNonPlaceEntity("white"));
  EXPECT_EQ(TypeWordHint("governorates"), TypeHint::kAdmin1);
  EXPECT_EQ(TypeWordHint("municipality"), TypeHint::kAdmin2);
  EXPECT_EQ(TypeWordHint("camp"), TypeHint::kCity);
  EXPECT_EQ(TypeWordHint("camps"), TypeHint::kNone);
  EXPECT_EQ(TypeWordHint(""), TypeHint::kNone);
}

TEST(PlaceRules, GivenNamesByFirstLetter) {
  EXPECT_TRUE(IsGivenName("aaron"));    // the list's first
  EXPECT_TRUE(IsGivenName("zachary"));  // and last
  EXPECT_TRUE(IsGivenName("michael"));
  EXPECT_FALSE(IsGivenName("zzz"));
  EXPECT_FALSE(IsGivenName("Michael"));  // the list is lower case
  EXPECT_FALSE(IsGivenName(""));
}

}  // namespace
}  // namespace faultline::places
