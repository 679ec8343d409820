#include "recognise/actors/actor_recogniser.h"

#include <gtest/gtest.h>

#include "segment/segmenter.h"
#include "segment/tagger.h"
#include "util/temp_dir.h"

namespace faultline {
namespace {

class ActorRecogniserTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    lexicon_ = new Lexicon();
    ASSERT_TRUE(lexicon_->Load("/usr/share/wordnet").ok());
    dict_ = new ActorDictionary();
    static const TempDir dir("fl-actor-recogniser-test");
    dir.Write("leaders.txt",
              "Donald Trump | Mr Trump | Trump => USAGOV [2017-01-20..2021-01-20] USAELI\n");
    dir.Write("countries.txt",
              "Syria => SYR\nRussia => RUS\nUnited States | US => USA\n"
              "adj: Syrian | Syrians => SYR\nadj: Russian => RUS\n"
              "Turkey => TUR\nadj: Turkish => TUR\n");
    dir.Write("groups.txt", "al-Qaeda => IMGMUSALQ\nHezbollah => LBNREB\n");
    dir.Write("agents.txt",
              "government forces | troops | warplanes => MIL\n"
              "civilians => CVL\nrebels | militants | fighters => REB\n"
              "relief group => NGO\n");
    for (const char* f : {"leaders.txt", "countries.txt", "groups.txt"}) {
      ASSERT_TRUE(dict_->LoadActorFile(dir.path() + "/" + f).ok());
    }
    ASSERT_TRUE(dict_->LoadAgentFile(dir.path() + "/agents.txt").ok());
  }
  Document Run(const std::string& text, const std::string& date = "2019-12-27") {
    Document doc;
    doc.text = text;
    doc.date = date;
    Segment(doc);
    Tag(doc, *lexicon_);
    RecogniseActors(doc, *dict_);
    return doc;
  }
  static std::string Codes(const Document& d) {
    std::string out;
    for (const ActorMention& a : d.actors) {
      if (!out.empty()) out += ' ';
      out.append(d.Text(a.span));
      out += '=';
      out += a.code;
    }
    return out;
  }
  static Lexicon* lexicon_;
  static ActorDictionary* dict_;
};
Lexicon* ActorRecogniserTest::lexicon_ = nullptr;
ActorDictionary* ActorRecogniserTest::dict_ = nullptr;

TEST_F(ActorRecogniserTest, ComposesCountryAndAgent) {
  EXPECT_EQ(Codes(Run("Syrian government forces shelled the town.")),
            "Syrian government forces=SYRMIL");
  EXPECT_EQ(Codes(Run("Russian warplanes struck.")), "Russian warplanes=RUSMIL");
  EXPECT_EQ(Codes(Run("US troops left.")), "US troops=USAMIL");
  EXPECT_EQ(Codes(Run("Russia's troops left.")), "Russia's troops=RUSMIL");
}

TEST_F(ActorRecogniserTest, NamedActorsKeepTheirOwnCodeBeforeAnAgent) {
  EXPECT_EQ(Codes(Run("Hezbollah fighters crossed.")), "Hezbollah fighters=LBNREB");
}

TEST_F(ActorRecogniserTest, DateRangesFollowTheArticleDate) {
  EXPECT_EQ(Codes(Run("Mr Trump spoke.", "2019-12-27")), "Mr Trump=USAGOV");
  EXPECT_EQ(Codes(Run("Mr Trump spoke.", "2023-05-01")), "Mr Trump=USAELI");
}

TEST_F(ActorRecogniserTest, QualifiedGroupsDoNotBecomeTheActor) {
  // "al-Qaeda-linked militants" are militants, not al-Qaeda; "Turkish-backed rebels" are not
  // Turkey.
  Document d = Run("Syria said al-Qaeda-linked militants and Turkish-backed rebels attacked.");
  EXPECT_EQ(Codes(d), "Syria=SYR militants=SYRREB rebels=SYRREB");
}

TEST_F(ActorRecogniserTest, BareAgentsTakeALocatedCountryElseTheArticleFocus) {
  EXPECT_EQ(Codes(Run("Civilians in Turkey fled.")), "Civilians=TURCVL Turkey=TUR");
  EXPECT_EQ(Codes(Run("Syrian troops advanced. Government forces shelled civilians.")),
            "Syrian troops=SYRMIL Government forces=SYRMIL civilians=SYRCVL");
}

TEST_F(ActorRecogniserTest, AcronymsNeedCapitals) {
  EXPECT_EQ(Codes(Run("They told us nothing.")), "");
}

}  // namespace
}  // namespace faultline
