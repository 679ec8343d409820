#include "recognise/counts/count_recogniser.h"

#include <gtest/gtest.h>

#include "segment/segmenter.h"
#include "segment/tagger.h"

namespace faultline {
namespace {

class CountRecogniserTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    lexicon_ = new Lexicon();
    if (!lexicon_->Load("/usr/share/wordnet").ok()) lexicon_ = nullptr;
  }
  void SetUp() override {
    if (!lexicon_) GTEST_SKIP() << "WordNet is not installed";
  }
  Document Run(const std::string& text) {
    Document doc;
    doc.text = text;
    Segment(doc);
    Tag(doc, *lexicon_);
    RecogniseCounts(doc);
    return doc;
  }
  // "text quantity qualifier category unit" of every count, for compact expectations.
  std::vector<std::string> Counts(const std::string& text) {
    Document doc = Run(text);
    std::vector<std::string> out;
    for (const Count& c : doc.counts) {
      out.push_back(std::string(doc.Text(c.span)) + " " +
                    std::to_string(static_cast<long long>(c.quantity.value_or(-1))) + " " +
                    c.qualifier + " " + c.category + " " + c.unit);
    }
    return out;
  }
  static Lexicon* lexicon_;
};
Lexicon* CountRecogniserTest::lexicon_ = nullptr;

using V = std::vector<std::string>;

TEST_F(CountRecogniserTest, PassiveAndQualifiers) {
  EXPECT_EQ(Counts("More than 4,000 villagers were displaced by the fighting."),
            V{"More than 4,000 4000 more_than displaced people"});
  EXPECT_EQ(Counts("Some 3,500 residents had already been evacuated."),
            V{"Some 3,500 3500 about evacuated people"});
  EXPECT_EQ(Counts("At least 27 soldiers were killed and 40 wounded."),
            (V{"At least 27 27 at_least killed people", "40 40 exact injured people"}));
}

TEST_F(CountRecogniserTest, SpelledOutAndScaled) {
  EXPECT_EQ(Counts("The storm displaced 1.2 million people."),
            V{"1.2 million 1200000 exact displaced people"});
  EXPECT_EQ(Counts("Nine hundred and twenty-one families fled the valley."),
            V{"Nine hundred and twenty-one 921 exact fled households"});
}

TEST_F(CountRecogniserTest, VagueAndRanges) {
  EXPECT_EQ(Counts("Troops killed dozens of fishermen."), V{"dozens 12 vague killed people"});
  EXPECT_EQ(Counts("Between 800 and 1,000 people fled their homes."),
            V{"Between 800 and 1,000 1000 range fled people"});
}

TEST_F(CountRecogniserTest, ChosenBySyntaxNotPosition) {
  // The returnees are not displaced although "displaced" is nearer to them.
  EXPECT_EQ(Counts("The floods left 12,000 displaced, of whom 5,000 returned."),
            (V{"12,000 12000 exact displaced people", "5,000 5000 exact returned people"}));
  // The agent of a killing is not killed.
  EXPECT_EQ(Counts("Five gunmen killed 9 farmers."), V{"9 9 exact killed people"});
  // A reduced relative gives way to the finite predicate.
  EXPECT_EQ(Counts("About 600 people displaced by the landslide were evacuated to a school."),
            V{"About 600 600 about evacuated people"});
}

TEST_F(CountRecogniserTest, ObjectsNounsAndLabels) {
  EXPECT_EQ(Counts("The cyclone destroyed 2,300 homes."),
            V{"2,300 2300 exact housing_destroyed houses"});
  EXPECT_EQ(Counts("It caused the evacuation of 7,000 residents."),
            V{"7,000 7000 exact evacuated people"});
  EXPECT_EQ(Counts("Police arrested 14 protesters."), V{"14 14 exact arrested people"});
  EXPECT_EQ(Counts("The raid left 3 dead."), V{"3 3 exact killed people"});
  EXPECT_EQ(Counts("Number of displaced: 452"), V{"452 452 exact displaced people"});
}

TEST_F(CountRecogniserTest, NegationGivesZero) {
  EXPECT_EQ(Counts("No one was killed in the blast."), V{"No 0 exact killed people"});
  EXPECT_EQ(Counts("There were no casualties."), V{"no 0 exact killed people"});
}

TEST_F(CountRecogniserTest, YearsMoneyAgesAndDatesAreNotCounts) {
  EXPECT_TRUE(Counts("In 2015 the army killed rebels.").empty());
  EXPECT_TRUE(Counts("The fire destroyed $5 million of goods.").empty());
  EXPECT_TRUE(Counts("A 7-year-old girl was injured on 24 March.").empty());
  EXPECT_TRUE(Counts("About 75 per cent of children were evacuated.").empty());
  EXPECT_TRUE(Counts("The 10 km road was damaged at 10pm.").empty());
}

TEST_F(CountRecogniserTest, NumbersGluedToTheWordBefore) {
  // PDF text: "Around1.6 million", "with14,593 households".
  Document doc = Run("Around1.6 million people are living in 60 camps.");
  ASSERT_FALSE(doc.counts.empty());
  EXPECT_EQ(doc.counts[0].quantity.value_or(-1), 1.6e6);
  EXPECT_EQ(doc.Text(doc.counts[0].span).substr(0, 3), "1.6");
  doc = Run("The country still hosts with14,593 internally displaced households.");
  ASSERT_FALSE(doc.counts.empty());
  EXPECT_EQ(doc.counts[0].quantity.value_or(-1), 14593);
}

TEST_F(CountRecogniserTest, PreciseFigureOutranksVagueFrame) {
  Document doc = Run("Among the hundreds of thousands of people displaced, there are at least "
                     "175,500 staying in temporary shelters.");
  ASSERT_EQ(doc.counts.size(), 1u);
  EXPECT_EQ(doc.counts[0].quantity.value_or(-1), 175500);
  EXPECT_EQ(doc.counts[0].category, "sheltered");
  // Casualties of different kinds stay: the vague toll is the only one of its kind.
  doc = Run("Dozens were killed and 5 people were injured.");
  EXPECT_EQ(doc.counts.size(), 2u);
}

}  // namespace
}  // namespace faultline
