#include "code/native/native_coder.h"

#include <gtest/gtest.h>

#include "recognise/actors/actor_recogniser.h"
#include "segment/segmenter.h"
#include "segment/tagger.h"
#include "util/temp_dir.h"

namespace faultline {
namespace {

// Built-in verb patterns, a small actor dictionary written here so that the tests do not
// move when the actor data grows.
class NativeCoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    lexicon_ = new Lexicon();
    ASSERT_TRUE(lexicon_->Load("/usr/share/wordnet").ok());
    static const TempDir dir("fl-native-coder-test");
    dir.Write("leaders.txt",
              "Donald Trump | Mr Trump | Trump => USAGOV [2017-01-20..2021-01-20] USAELI\n");
    dir.Write("countries.txt",
              "Syria => SYR\nRussia => RUS\nIran => IRN\nTurkey => TUR\nUnited States | US => USA\n"
              "adj: Syrian => SYR\nadj: Russian => RUS\nUnited Nations | UN => IGOUNO\n");
    dir.Write("agents.txt",
              "government forces | troops | warplanes => MIL\n"
              "civilians => CVL\nrebels | militants => REB\n");
    actors_ = new ActorDictionary();
    ASSERT_TRUE(actors_->LoadActorFile(dir.path() + "/leaders.txt").ok());
    ASSERT_TRUE(actors_->LoadActorFile(dir.path() + "/countries.txt").ok());
    ASSERT_TRUE(actors_->LoadAgentFile(dir.path() + "/agents.txt").ok());
    std::unique_ptr<NativeCoder> coder;
    Status s = NativeCoder::Load(FAULTLINE_DATA_DIR, "test", &coder);
    ASSERT_TRUE(s.ok()) << s.ToString();
    coder_ = coder.release();
  }
  Document Code(const std::string& text) {
    Document doc;
    doc.text = text;
    doc.date = "2019-12-27";
    Segment(doc);
    Tag(doc, *lexicon_);
    RecogniseActors(doc, *actors_);
    coder_->Code(doc);
    return doc;
  }
  // "SRC-ROOT-TGT" per event, e.g. "RUS-19-SYR".
  static std::vector<std::string> Triples(const Document& d) {
    std::vector<std::string> out;
    for (const Event& e : d.events) {
      out.push_back((e.source ? e.source->code : "-") + "-" + e.code.substr(0, 2) + "-" +
                    (e.target ? e.target->code : "-"));
    }
    return out;
  }
  static const Event* Main(const Document& d) {
    const Event* best = nullptr;
    for (const Event& e : d.events) {
      if (!best || e.confidence > best->confidence) best = &e;
    }
    return best;
  }
  static Lexicon* lexicon_;
  static ActorDictionary* actors_;
  static NativeCoder* coder_;
};
Lexicon* NativeCoderTest::lexicon_ = nullptr;
ActorDictionary* NativeCoderTest::actors_ = nullptr;
NativeCoder* NativeCoderTest::coder_ = nullptr;

TEST_F(NativeCoderTest, SubjectVerbObject) {
  Document d = Code("Russian warplanes bombed Syrian rebels on Friday.");
  ASSERT_NE(Main(d), nullptr);
  EXPECT_EQ(Main(d)->source->code, "RUSMIL");
  EXPECT_EQ(Main(d)->target->code, "SYRREB");
  EXPECT_EQ(Main(d)->code.substr(0, 2), "19");
}

TEST_F(NativeCoderTest, PassiveSwapsRoles) {
  Document d = Code("Syrian rebels were attacked by Russian warplanes.");
  ASSERT_NE(Main(d), nullptr);
  ASSERT_TRUE(Main(d)->source.has_value());
  EXPECT_EQ(Main(d)->source->code, "RUSMIL");
  EXPECT_EQ(Main(d)->target->code, "SYRREB");
}

TEST_F(NativeCoderTest, CompoundSubjectsGiveOneEventEach) {
  Document d = Code("Russia, Syria, and Iran are killing civilians in Syria.");
  std::vector<std::string> t = Triples(d);
  EXPECT_EQ(t, (std::vector<std::string>{"RUS-18-SYRCVL", "SYR-18-SYRCVL", "IRN-18-SYRCVL"}));
  // Without a located country and with no single focus country, civilians stay CVL.
  d = Code("Russia and Iran are killing civilians.");
  EXPECT_EQ(Triples(d), (std::vector<std::string>{"RUS-18-CVL", "IRN-18-CVL"}));
}

TEST_F(NativeCoderTest, NegatedCooperationIsARejection) {
  Document d = Code("Turkey did not sign the agreement with Syria.");
  ASSERT_NE(Main(d), nullptr);
  EXPECT_EQ(Main(d)->code.substr(0, 2), "12");
}

TEST_F(NativeCoderTest, NegatedConflictIsMarked) {
  Document d = Code("Turkey did not attack Syria.");
  ASSERT_NE(Main(d), nullptr);
  EXPECT_TRUE(Main(d)->negated);
}

TEST_F(NativeCoderTest, ModalitiesAreCarried) {
  Document d = Code("Turkey will attack Syria.");
  ASSERT_NE(Main(d), nullptr);
  EXPECT_EQ(Main(d)->modality, Modality::kFuture);
  d = Code("Turkey would attack Syria.");
  ASSERT_NE(Main(d), nullptr);
  EXPECT_EQ(Main(d)->modality, Modality::kHypothetical);
}

TEST_F(NativeCoderTest, ReportedSpeechIsAttributedNotAsserted) {
  Document d = Code("Turkey said that Russian warplanes bombed civilians.");
  bool found = false;
  for (const Event& e : d.events) {
    if (e.code.substr(0, 2) == "19" || e.code.substr(0, 2) == "18") {
      found = true;
      ASSERT_TRUE(e.attributed_to.has_value());
      EXPECT_EQ(e.attributed_to->code, "TUR");
      EXPECT_EQ(e.modality, Modality::kReported);
    }
  }
  EXPECT_TRUE(found);
}

TEST_F(NativeCoderTest, QuotationsAreAttributedToTheirSpeaker) {
  Document d = Code("Mr Trump wrote: \u201cRussia is killing civilians.\u201d");
  const Event* kill = nullptr;
  for (const Event& e : d.events) {
    if (e.code.substr(0, 2) == "18") kill = &e;
  }
  ASSERT_NE(kill, nullptr);
  ASSERT_TRUE(kill->attributed_to.has_value());
  EXPECT_EQ(kill->attributed_to->code, "USAGOV");
  // A government's quoted words that another state is killing people accuse it.
  const Event* accuse = nullptr;
  for (const Event& e : d.events) {
    if (e.code == "112") accuse = &e;
  }
  ASSERT_NE(accuse, nullptr);
  EXPECT_EQ(accuse->source->code, "USAGOV");
  EXPECT_EQ(accuse->target->code, "RUS");
}

TEST_F(NativeCoderTest, MonitorsReportingViolenceDoNotAccuse) {
  Document d = Code("The United Nations said Russian warplanes bombed civilians.");
  for (const Event& e : d.events) EXPECT_NE(e.code, "112");
}

TEST_F(NativeCoderTest, OneEventSaidTwiceIsOneEvent) {
  Document d = Code("Russia is killing, or on its way to killing, civilians in Syria.");
  int kills = 0;
  for (const Event& e : d.events) kills += e.code.substr(0, 2) == "18";
  EXPECT_EQ(kills, 1);
}

TEST_F(NativeCoderTest, QuestionsImperativesAndDiscardsCodeNothing) {
  EXPECT_TRUE(Code("Will Russia attack Syria?").events.empty());
  EXPECT_TRUE(Code("Don\u2019t do it!").events.empty());
  EXPECT_TRUE(Code("Stop the bombing now!").events.empty());
  EXPECT_TRUE(Code("Stocks plunged on Monday.").events.empty());
  EXPECT_TRUE(Code("The weather was warm in Damascus.").events.empty());
}

TEST_F(NativeCoderTest, ProvenanceNamesPatternAndEntries) {
  Document d = Code("Russian warplanes bombed Syrian rebels.");
  ASSERT_NE(Main(d), nullptr);
  EXPECT_EQ(Main(d)->provenance.pattern.rfind("verbs/", 0), 0u);
  EXPECT_FALSE(Main(d)->provenance.entries.empty());
  EXPECT_EQ(Main(d)->provenance.dictionary_version, "test");
}

TEST_F(NativeCoderTest, PronounSubjectsResolveToTheLastPerson) {
  Document d = Code("Mr Trump spoke on Friday. He accused Russia of killing civilians.");
  const Event* accuse = nullptr;
  for (const Event& e : d.events) {
    if (e.code.substr(0, 2) == "11") accuse = &e;
  }
  ASSERT_NE(accuse, nullptr);
  ASSERT_TRUE(accuse->source.has_value());
  EXPECT_EQ(accuse->source->code, "USAGOV");
  EXPECT_EQ(accuse->target->code, "RUS");
}

TEST_F(NativeCoderTest, ATrailingSlotAtTheEndOfTheTextStaysInBounds) {
  // Regression: "attack +" with the verb as the document's last token read past the end.
  Document d = Code("Turkey attacked");
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].source->code, "TUR");
  EXPECT_FALSE(d.events[0].target.has_value());
}

}  // namespace
}  // namespace faultline
