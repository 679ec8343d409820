#include "recognise/actors/actor_dictionary.h"

#include <gtest/gtest.h>

#include "util/temp_dir.h"

namespace faultline {
namespace {

std::string WriteTemp(const std::string& name, const std::string& content) {
  static const TempDir dir("fl-actor-dictionary-test");
  return dir.Write(name, content);
}

TEST(ActorDictionary, ParsesDatedCodesAndFallbacks) {
  ActorDictionary d;
  std::string path = WriteTemp("leaders.txt",
                               "# comment\nDonald Trump | Trump => USAGOV [2017-01-20..2021-01-20] "
                               "USAGOV [2025-01-20..] USAELI\n");
  ASSERT_TRUE(d.LoadActorFile(path).ok());
  const ActorEntry& e = d.entry(0);
  EXPECT_EQ(e.id, "leaders:Donald Trump");
  EXPECT_TRUE(e.person);
  EXPECT_EQ(d.CodeOn(e, 20191227), "USAGOV");
  EXPECT_EQ(d.CodeOn(e, 20230101), "USAELI");
  EXPECT_EQ(d.CodeOn(e, 20250301), "USAGOV");
  EXPECT_EQ(d.CodeOn(e, 0), "USAELI");
}

TEST(ActorDictionary, KindsFollowTheCode) {
  ActorDictionary d;
  ASSERT_TRUE(
      d.LoadActorFile(WriteTemp("c.txt", "Syria | Damascus => SYR\nadj: Syrian => SYR\n")).ok());
  ASSERT_TRUE(d.LoadAgentFile(WriteTemp("a.txt", "troops | soldier => MIL\n")).ok());
  EXPECT_EQ(d.entry(0).kind, ActorKind::kCountry);
  EXPECT_EQ(d.entry(1).kind, ActorKind::kAdjective);
  EXPECT_EQ(d.entry(2).kind, ActorKind::kAgent);
}

TEST(ActorDictionary, BadLinesNameFileLineAndFragment) {
  ActorDictionary d;
  std::string path = WriteTemp("bad.txt", "Good => SYR\nNo arrow here\n");
  Status s = d.LoadActorFile(path);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), path + ":2: missing '=>': 'No arrow here'");
  ActorDictionary d2;
  s = d2.LoadActorFile(WriteTemp("bad2.txt", "X => USAGOV [2017-13-01..]\n"));
  EXPECT_NE(s.message().find("bad date: '2017-13-01'"), std::string::npos) << s.message();
  ActorDictionary d3;
  s = d3.LoadActorFile(WriteTemp("bad3.txt", "X => usa\n"));
  EXPECT_NE(s.message().find("bad code: 'usa'"), std::string::npos) << s.message();
}

TEST(ActorDictionary, ParseDate) {
  EXPECT_EQ(ActorDictionary::ParseDate("2019"), 20190101);
  EXPECT_EQ(ActorDictionary::ParseDate("2019-12"), 20191201);
  EXPECT_EQ(ActorDictionary::ParseDate("2019-12-27"), 20191227);
  EXPECT_EQ(ActorDictionary::ParseDate("2019-1"), -1);
  EXPECT_EQ(ActorDictionary::ParseDate("20x9"), -1);
}

TEST(ActorDictionary, BuiltInBundleLoadsAndIsLarge) {
  ActorDictionary d;
  Status s = d.LoadBundle(FAULTLINE_DATA_DIR, "");
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_GE(d.CountKind(ActorKind::kNamed), 2000u);
  EXPECT_GE(d.CountKind(ActorKind::kAgent), 100u);
}

}  // namespace
}  // namespace faultline
