// Tests of the TABARI engine on a small made-up world (tabari_test_util.h): each test
// is one TABARI behaviour, checked as "SOURCE/TARGET/CODE" strings.
#include "code/legacy/tabari_engine.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "code/legacy/tabari_coder.h"
#include "code/legacy/tabari_readers.h"
#include "code/legacy/tabari_test_util.h"

namespace faultline::tabari {
namespace {

class TabariEngineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(ReadTabariActorsText("w.actors", testing::kActors, &dict_).ok());
    ASSERT_TRUE(ReadTabariAgentsText("w.agents", testing::kAgents, &dict_).ok());
    ASSERT_TRUE(ReadTabariVerbsText("w.verbs", testing::kVerbs, &dict_).ok());
    ASSERT_TRUE(
        ReadTabariOptionsText("w.options", testing::kOptions, &options_, &dict_.codes()).ok());
  }

  std::string Code(const std::string& text, const std::string& date = "990615") {
    TabariEngine engine(&dict_);
    RecordContext ctx;
    ctx.date = date;
    EXPECT_TRUE(ParseTabariDate(date, false, &ctx.julian));
    TabariResult r = engine.CodeSentence(text, ctx, options_);
    if (r.problem) return r.problem_text;
    std::string out;
    for (const TabariEvent& e : r.events) {
      if (!out.empty()) out += " ";
      out += e.source + "/" + e.target + "/" + e.code;
    }
    return out;
  }

  Dictionary dict_;
  TabariOptions options_;
};

TEST_F(TabariEngineTest, SourceVerbTarget) {
  EXPECT_EQ(Code("Northland denounced Southland on Monday in the capital."), "NTH/STH/122");
}

TEST_F(TabariEngineTest, StemAndExactEndings) {
  // SOUTHLAND_ takes regular noun endings; NORTHLAND is a stem.
  EXPECT_EQ(Code("Northlanders denounced Southland's envoy on Monday in the capital."),
            "NTH/STH/122");
  EXPECT_EQ(Code("Northland denounced Southlandia on Monday in the capital."),
            "No events found in text");
  // PEDDLER= takes no ending at all.
  EXPECT_EQ(Code("Peddlers denounced Southland on Monday in the capital."),
            "No events found in text");
}

TEST_F(TabariEngineTest, AlternativesAndSynsets) {
  // As in TABARI, a match through {..|..} that is the verb's last pattern also lets the
  // verb's own code fire.
  EXPECT_EQ(Code("Northland denounced loudly Southland on Monday in the capital."),
            "NTH/STH/123 NTH/STH/122");
  EXPECT_EQ(Code("Northland denounced iron bars exports of Southland on Monday."), "NTH/STH/124");
  EXPECT_EQ(Code("Northland denounced salted exports of Southland on Monday."), "NTH/STH/122");
}

TEST_F(TabariEngineTest, PatternSetsSourceAndTarget) {
  EXPECT_EQ(Code("Eastmarch was sent grain by Westmarch on Monday in the capital."), "WMH/EMR/071");
}

TEST_F(TabariEngineTest, PassiveVoiceSwapsActors) {
  EXPECT_EQ(Code("Southland was attacked by Northland on Monday in the capital."), "NTH/STH/190");
}

TEST_F(TabariEngineTest, CompoundActorsAndPairedCodes) {
  EXPECT_EQ(Code("Northland and Eastmarch denounced Southland on Monday in the capital."),
            "NTH/STH/122 EMR/STH/122");
  EXPECT_EQ(Code("Northland will meet Southland and Eastmarch on Monday in the capital."),
            "NTH/STH/031 STH/NTH/031 NTH/EMR/031 EMR/NTH/031");
}

TEST_F(TabariEngineTest, CodedCompoundExpands) {
  EXPECT_EQ(Code("The Isles League denounced Southland on Monday in the capital."),
            "ISL/STH/122 NTH/STH/122");
}

TEST_F(TabariEngineTest, AgentsCombineWithActors) {
  EXPECT_EQ(Code("The Northland minister denounced Southland soldiers on Monday."),
            "NTHGOV/STHMIL/122");
  EXPECT_EQ(Code("Aid workers in Eastmarch denounced Southland on Monday in town."),
            "NGOEMR/STH/122");
}

TEST_F(TabariEngineTest, PronounsAndSubordinateClauses) {
  EXPECT_EQ(Code("Northland said on Monday that it denounced Southland in the capital."),
            "NTH/STH/122");
  // A short comma clause is dropped, actors and all.
  EXPECT_EQ(Code("Northland, angered by Eastmarch, denounced Southland on Monday."), "NTH/STH/122");
}

TEST_F(TabariEngineTest, DatesDiscardsNullActorsAndComplexity) {
  EXPECT_EQ(Code("The old king denounced Southland on Monday in the capital.", "980101"),
            "OKG/STH/122");
  EXPECT_EQ(Code("The old monarch denounced Southland on Monday in the capital.", "000101"),
            "OKGREB/STH/122");
  EXPECT_EQ(Code("Northland denounced the sportsball team of Southland on Monday."),
            "Discard code found in text");
  // A null-coded actor is just a noun, so the next actor is the target.
  EXPECT_EQ(Code("Northland denounced the Golden Fleet of Southland on Monday."), "NTH/STH/122");
  // ... and "<noun> and <actor>" separates clauses: this one has no target.
  EXPECT_EQ(Code("Northland denounced the Golden Fleet and Southland on Monday."),
            "No events found in text");
  EXPECT_EQ(Code("Northland said."), "Input error: too few words in sentence");
}

TEST_F(TabariEngineTest, SubordinateAndDominantCodes) {
  EXPECT_EQ(Code("Northland said Southland would come on Monday to the capital."), "NTH/STH/023");
  EXPECT_EQ(Code("Northland said on Monday it would visit Southland in the spring."),
            "NTH/STH/032");
}

TEST_F(TabariEngineTest, ConstAndThreadSafe) {
  TabariEngine engine(&dict_);
  RecordContext ctx;
  ctx.date = "990615";
  ParseTabariDate(ctx.date, false, &ctx.julian);
  const std::string text = "Northland and Eastmarch denounced Southland on Monday in the capital.";
  const TabariResult expect = engine.CodeSentence(text, ctx, options_);
  std::vector<std::thread> threads;
  std::atomic<int> mismatches{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 200; ++i) {
        TabariResult r = engine.CodeSentence(text, ctx, options_);
        if (r.events.size() != expect.events.size()) ++mismatches;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(mismatches.load(), 0);
}

TEST(TabariCoder, CodesDocumentSentencesWithSpans) {
  testing::TempDir dir("tabari-coder");
  dir.Write("world.actors", testing::kActors);
  dir.Write("world.agents", testing::kAgents);
  dir.Write("world.verbs", testing::kVerbs);
  dir.Write("world.options", testing::kOptions);
  dir.Write("world.project", testing::kProject);
  std::unique_ptr<TabariCoder> coder;
  ASSERT_TRUE(TabariCoder::Load(dir.path(), &coder).ok());
  EXPECT_TRUE(coder->owns_actors());
  Document doc;
  doc.text = "Intro line here. Northland denounced Southland on Monday in the capital.";
  doc.date = "1999-06-15";
  doc.sentences.push_back({{0, 16}, 0, 0, 0});
  doc.sentences.push_back({{17, static_cast<uint32_t>(doc.text.size())}, 0, 0, 0});
  coder->Code(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  const Event& e = doc.events[0];
  EXPECT_EQ(e.sentence, 1u);
  EXPECT_EQ(e.code, "122");
  EXPECT_EQ(doc.Text(e.span), "denounced");
  ASSERT_TRUE(e.source && e.target);
  EXPECT_EQ(e.source->code, "NTH");
  EXPECT_EQ(doc.Text(e.source->span), "Northland");
  EXPECT_EQ(doc.Text(e.target->span), "Southland");
  EXPECT_NE(e.provenance.pattern.find("world.verbs:"), std::string::npos);
  ASSERT_EQ(doc.actors.size(), 2u);
  EXPECT_EQ(doc.actors[0].code, "NTH");
  EXPECT_EQ(doc.Text(doc.actors[0].span), "Northland");
  EXPECT_EQ(doc.actors[1].name, "SOUTHLAND");
}

}  // namespace
}  // namespace faultline::tabari
