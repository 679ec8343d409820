#include "segment/tagger.h"

#include <gtest/gtest.h>

#include "segment/segmenter.h"

namespace faultline {
namespace {

class TaggerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    lexicon_ = new Lexicon();
    Status s = lexicon_->Load("/usr/share/wordnet");
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  Document TagText(const std::string& text) {
    Document doc;
    doc.text = text;
    Segment(doc);
    Tag(doc, *lexicon_);
    return doc;
  }
  std::string PosOf(const Document& doc, const std::string& word) {
    for (const Token& t : doc.tokens) {
      if (doc.Text(t.span) == word) return PosName(t.pos);
    }
    return "missing";
  }
  std::string LemmaOf(const Document& doc, const std::string& word) {
    for (const Token& t : doc.tokens) {
      if (doc.Text(t.span) == word) return t.lemma;
    }
    return "missing";
  }
  static Lexicon* lexicon_;
};
Lexicon* TaggerTest::lexicon_ = nullptr;

TEST_F(TaggerTest, NounVerbAmbiguityByContext) {
  Document d = TagText("Government forces launched an attack. Rebels attack the town.");
  EXPECT_EQ(PosOf(d, "forces"), "NOUN");
  EXPECT_EQ(PosOf(d, "launched"), "VERB");
  EXPECT_EQ(PosOf(d, "attack"), "NOUN");  // first "attack", after "an"
  EXPECT_EQ(d.tokens[7].pos, Pos::kVerb);  // "Rebels attack the town"
}

TEST_F(TaggerTest, LemmatisesIrregularAndRegularForms) {
  Document d = TagText("More than 200,000 people fled as jets shelled villages.");
  EXPECT_EQ(LemmaOf(d, "fled"), "flee");
  EXPECT_EQ(LemmaOf(d, "shelled"), "shell");
  EXPECT_EQ(LemmaOf(d, "villages"), "village");
}

TEST_F(TaggerTest, PassivesAndModals) {
  Document d = TagText("The convoy was attacked by militants. Turkey would withdraw troops.");
  EXPECT_EQ(PosOf(d, "was"), "AUX");
  EXPECT_EQ(PosOf(d, "attacked"), "VERB");
  EXPECT_EQ(PosOf(d, "would"), "MODAL");
  EXPECT_EQ(PosOf(d, "withdraw"), "VERB");
}

TEST_F(TaggerTest, CapitalisedWordsInsideSentencesAreProperNouns) {
  Document d = TagText("Officials in Idlib said Turkey would help.");
  EXPECT_EQ(PosOf(d, "Idlib"), "PROPN");
  EXPECT_EQ(PosOf(d, "Turkey"), "PROPN");
}

TEST_F(TaggerTest, HyphenatedParticiplesAreAdjectives) {
  Document d = TagText("The rebel-held town fell.");
  EXPECT_EQ(PosOf(d, "held"), "ADJ");
}

}  // namespace
}  // namespace faultline
