// Durations, sets, the rule table and bounded matching.
#include <gtest/gtest.h>

#include <string>

#include "recognise/timex/calendar.h"
#include "recognise/timex/grammar.h"
#include "recognise/timex/timex_test_util.h"

namespace faultline {
namespace {

using timex_test::One;

TEST(TimexDuration, CountsAndUnits) {
  const auto y = One("The war lasted three years.", "2000-01-01");
  EXPECT_EQ(y.type, "DURATION");
  EXPECT_EQ(y.value, "P3Y");
  EXPECT_EQ(One("Talks went on for 48 hours.", "2000-01-01").value, "PT48H");
  EXPECT_EQ(One("It signed a five-year contract.", "2000-01-01").value, "P5Y");
  EXPECT_EQ(One("He served 2 1/2 years in prison.", "2000-01-01").value, "P2Y6M");
  EXPECT_EQ(One("It took a minute and a half.", "2000-01-01").value, "PT1M30S");
  EXPECT_EQ(One("Aid was stalled for several years.", "2000-01-01").value, "PXY");
  EXPECT_EQ(One("The truce held for more than four hours.", "2000-01-01").text,
            "more than four hours");
  EXPECT_EQ(One("Two decades of war followed.", "2000-01-01").value, "P20Y");
}

TEST(TimexDuration, Sets) {
  const auto w = One("Convoys leave every week.", "2000-01-01");
  EXPECT_EQ(w.type, "SET");
  EXPECT_EQ(w.value, "P1W");
  EXPECT_EQ(One("The paper appears weekly.", "2000-01-01").value, "P1W");
  EXPECT_EQ(One("Patrols run daily.", "2000-01-01").value, "P1D");
  EXPECT_EQ(One("The council meets each Thursday.", "2000-01-01").value, "XXXX-WXX-4");
  EXPECT_TRUE(timex_test::Timexes("It saves $500 million a year.", "2000-01-01").empty());
}

TEST(TimexGrammar, EveryRuleCompiles) {
  EXPECT_EQ(timex::Rules().size(), timex::RuleSpecCount());
  timex::Rule r;
  EXPECT_FALSE(timex::CompilePattern("NOSUCHCLASS", &r));
  EXPECT_FALSE(timex::CompilePattern("a||b", &r));
  EXPECT_TRUE(timex::CompilePattern("the? SHIFT UNIT1", &r));
  EXPECT_EQ(r.nelems, 3);
}

TEST(TimexGrammar, MatchesAreBounded) {
  std::string text = "It happened in";
  for (int i = 0; i < 200; ++i) text += " early";
  text += " 1990 and then the the the next next next year year year.";
  const Document doc = timex_test::Run(text, "2000-01-01");
  for (const Timex& t : doc.timex) {
    uint32_t tokens = 0;
    for (const Token& k : doc.tokens) tokens += t.span.Contains(k.span) ? 1 : 0;
    EXPECT_LE(tokens, static_cast<uint32_t>(timex::kMaxRuleElements) * 3);
  }
}

TEST(TimexCalendar, WeeksAndMonths) {
  using timex::Ymd;
  EXPECT_EQ(timex::Weekday(Ymd{2019, 12, 27}), 5);
  const timex::IsoWeek w = timex::IsoWeekOf(Ymd{2019, 12, 30});
  EXPECT_EQ(w.year, 2020);
  EXPECT_EQ(w.week, 1);
  const Ymd feb = timex::AddMonths(Ymd{2020, 1, 31}, 1);
  EXPECT_EQ(feb.month, 2);
  EXPECT_EQ(feb.day, 29);
  Ymd d;
  EXPECT_TRUE(timex::ParseIsoDate("1990-08-15T13:37", &d));
  EXPECT_FALSE(timex::ParseIsoDate("1990-02-30", &d));
}

}  // namespace
}  // namespace faultline
