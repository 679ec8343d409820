// Replays synthetic escalations through the detectors and checks each alert fires within
// its documented lead time (detectors.h) and not before.
#include "analyse/alerts.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "analyse/day.h"

namespace faultline::analyse {
namespace {

// A quiet baseline of about one event a day (0,1,2,1 repeating) for `quiet` days, then
// `rate` events a day, each from two sources.
DailySeries Escalation(int quiet, int total, int rate) {
  DailySeries s;
  s.first_day = 0;
  for (int t = 0; t < total; ++t) {
    const int x = t < quiet ? (t % 4 == 0 ? 0 : t % 4 == 2 ? 2 : 1) : rate;
    s.events.push_back(x);
    s.sources.push_back(x > 0 ? 2 : 0);
  }
  return s;
}

TEST(Detectors, SpikeFiresOnTheFirstEscalatedDayNotBefore) {
  auto d = DetectSpikes(Escalation(100, 130, 8), {});
  ASSERT_FALSE(d.empty());
  EXPECT_EQ(d[0].day, 100);  // lead time 0 days
  auto nums = nlohmann::json::parse(d[0].numbers_json);
  EXPECT_LT(nums["p_value"].get<double>(), 1e-3);
  // The cooldown holds any next alert back by 14 days.
  for (size_t i = 1; i < d.size(); ++i) EXPECT_GE(d[i].day, d[i - 1].day + 14);
}

TEST(Detectors, SpikeNeedsTwoSourcesAndThreeEvents) {
  DailySeries s = Escalation(100, 101, 8);
  s.sources[100] = 1;
  EXPECT_TRUE(DetectSpikes(s, {}).empty());
  s = Escalation(100, 101, 2);
  EXPECT_TRUE(DetectSpikes(s, {}).empty());
}

TEST(Detectors, QuietSeriesRaisesNothing) {
  DailySeries s = Escalation(400, 400, 0);
  EXPECT_TRUE(DetectSpikes(s, {}).empty());
  EXPECT_TRUE(DetectShifts(s, {}).empty());
}

TEST(Detectors, ShiftFiresWithinThreeDaysOfASustainedRise) {
  // A fourfold rise: not a one-day spike, so the CUSUM has to catch it.
  auto d = DetectShifts(Escalation(120, 160, 4), {});
  ASSERT_FALSE(d.empty());
  EXPECT_GE(d[0].day, 120);
  EXPECT_LE(d[0].day, 123);
}

TEST(Detectors, RecordNeedsAYearOfHistoryAndANewHigh) {
  std::vector<double> killed(800, 0);
  killed[10] = 30;    // the unit's history starts here
  killed[200] = 40;   // previous high
  killed[500] = 20;   // below it: nothing
  killed[700] = 60;   // new 1-year high
  auto d = DetectRecords(0, killed, "killed", 25, {});
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].day, 700);
  EXPECT_NE(d[0].message.find("highest in a year"), std::string::npos);
}

TEST(NegBinomialTail, MatchesPoissonAndIsWiderWhenOverdispersed) {
  EXPECT_NEAR(NegBinomialTail(0, 1, 1), 1.0, 1e-12);
  EXPECT_NEAR(NegBinomialTail(1, 1, 1), 1 - std::exp(-1.0), 1e-9);
  EXPECT_GT(NegBinomialTail(6, 1, 4), NegBinomialTail(6, 1, 1));
}

// The same escalation through clusters, as `faultline ingest` runs it.
TEST(DetectAlerts, SyntheticEscalationThroughClusters) {
  std::vector<ClusterRecord> clusters;
  DailySeries s = Escalation(100, 104, 8);
  const int start = *ParseDay("2023-01-01");
  int64_t id = 0;
  for (int t = 0; t < 104; ++t) {
    for (int k = 0; k < s.events[t]; ++k) {
      ClusterRecord c;
      c.id = ++id;
      c.date = FormatDay(start + t);
      c.country = "SD";
      c.admin1 = "Khartoum";
      c.cell = "15.50,32.50";
      c.quad_class = 4;
      c.sources = {"src" + std::to_string(k % 2)};
      c.num_sources = 1;
      c.sentence = "Fighting in Khartoum " + std::to_string(id);
      c.url = "https://example.org/" + std::to_string(id);
      clusters.push_back(c);
    }
  }
  auto alerts = DetectAlerts(clusters);
  int spikes = 0;
  for (const AlertRecord& a : alerts) {
    EXPECT_GE(a.date, FormatDay(start + 100)) << a.message;
    if (a.detector != "spike") continue;
    ++spikes;
    EXPECT_EQ(a.date, FormatDay(start + 100));
    auto ev = nlohmann::json::parse(a.evidence_json);
    ASSERT_FALSE(ev.empty());
    EXPECT_NE(ev[0]["sentence"].get<std::string>().find("Khartoum"), std::string::npos);
    EXPECT_FALSE(ev[0]["url"].get<std::string>().empty());
  }
  EXPECT_EQ(spikes, 3);  // country, admin-1 and cell
}

}  // namespace
}  // namespace faultline::analyse
