#include "analyse/dedup.h"

#include <gtest/gtest.h>

namespace faultline::analyse {
namespace {

EventRecord Mention(int64_t id, int64_t article, const std::string& source, const std::string& date,
                    double lat = 35.93, double lon = 36.63) {
  EventRecord e;
  e.id = id;
  e.article_id = article;
  e.source = source;
  e.code = "195";
  e.root = "19";
  e.quad_class = 4;
  e.source_code = "SYRMIL";
  e.target_code = "SYR";
  e.date = date;
  e.date_precision = "day";
  e.article_date = date;
  e.lat = lat;
  e.lon = lon;
  e.place_precision = 3;
  e.country = "SY";
  e.admin1 = "Idlib";
  e.modality = "asserted";
  e.sentence_text = "sentence " + std::to_string(id);
  return e;
}

TEST(ClusterEvents, ReportsOfOneEventFormOneCluster) {
  std::vector<EventRecord> ev = {Mention(1, 1, "a", "2019-12-23"), Mention(2, 2, "b", "2019-12-24"),
                                 Mention(3, 3, "c", "2019-12-23", 35.7, 36.9),  // same 0.5° cell
                                 Mention(4, 3, "c", "2019-12-23")};             // same article again
  auto clusters = ClusterEvents(ev);
  ASSERT_EQ(clusters.size(), 1u);
  const ClusterRecord& c = clusters[0];
  EXPECT_EQ(c.num_mentions, 4);
  EXPECT_EQ(c.num_articles, 3);
  EXPECT_EQ(c.num_sources, 3);
  EXPECT_EQ(c.confidence_tier, "high");
  EXPECT_EQ(c.mention_ids, (std::vector<int64_t>{1, 3, 4, 2}));
  EXPECT_EQ(c.date, "2019-12-23");
  EXPECT_EQ(c.date_end, "2019-12-24");
}

TEST(ClusterEvents, DifferentDyadRootCellOrWindowSplit) {
  std::vector<EventRecord> ev = {Mention(1, 1, "a", "2019-12-23")};
  ev.push_back(Mention(2, 2, "a", "2019-12-23"));
  ev.back().target_code = "TUR";
  ev.push_back(Mention(3, 3, "a", "2019-12-23"));
  ev.back().root = "18";
  ev.push_back(Mention(4, 4, "a", "2019-12-23", 33.5, 36.3));  // Damascus cell
  ev.push_back(Mention(5, 5, "a", "2020-01-10"));              // weeks later
  ev.push_back(Mention(6, 6, "a", "2019-12-23"));
  ev.back().negated = true;  // not clustered at all
  EXPECT_EQ(ClusterEvents(ev).size(), 5u);
}

TEST(ClusterEvents, DisplacementFiguresAreNotSummed) {
  std::vector<EventRecord> ev = {Mention(1, 1, "a", "2024-01-20"), Mention(2, 2, "b", "2024-01-21"),
                                 Mention(3, 3, "c", "2024-01-21")};
  ev[0].displaced = 85000;
  ev[1].displaced = 120000;
  ev[2].displaced = 100000;
  ev[0].killed = 10;
  ev[2].killed = 12;
  auto clusters = ClusterEvents(ev);
  ASSERT_EQ(clusters.size(), 1u);
  EXPECT_EQ(clusters[0].displaced.value_or(0), 120000);
  EXPECT_EQ(clusters[0].killed.value_or(0), 12);
  EXPECT_EQ(clusters[0].confidence_tier, "high");
}

TEST(ClusterEvents, WithoutCoordinatesAdmin1Decides) {
  std::vector<EventRecord> ev = {Mention(1, 1, "a", "2019-12-23"), Mention(2, 2, "b", "2019-12-23")};
  ev[0].lat.reset();
  ev[0].lon.reset();
  ev[0].place_precision = 4;
  ev[1].lat.reset();
  ev[1].lon.reset();
  ev[1].place_precision = 4;
  auto clusters = ClusterEvents(ev);
  ASSERT_EQ(clusters.size(), 1u);
  EXPECT_EQ(clusters[0].confidence_tier, "medium");
  ev[1].admin1 = "Aleppo";
  EXPECT_EQ(ClusterEvents(ev).size(), 2u);
}

}  // namespace
}  // namespace faultline::analyse
