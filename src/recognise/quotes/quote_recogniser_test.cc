#include "recognise/quotes/quote_recogniser.h"

#include <gtest/gtest.h>

#include "recognise/quotes/quote_marks.h"
#include "segment/segmenter.h"
#include "segment/tagger.h"

namespace faultline {
namespace {

class QuoteRecogniserTest : public ::testing::Test {
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
    RecogniseQuotes(doc);
    return doc;
  }
  static std::string Speaker(const Document& doc, const Quote& q) {
    return q.speaker_span ? std::string(doc.Text(*q.speaker_span)) : "";
  }
  static Lexicon* lexicon_;
};
Lexicon* QuoteRecogniserTest::lexicon_ = nullptr;

TEST_F(QuoteRecogniserTest, QuotationOpeningTheTextWithSpeakerAfter) {
  // Read toks[-1] (ASan heap-buffer-overflow) when the opening mark was the first token.
  Document doc = Run("\"Rebels attacked the town,\" said the police chief.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(Speaker(doc, doc.quotes[0]), "the police chief");
}

TEST_F(QuoteRecogniserTest, CurlyQuoteAfterColonWithTitleCoreference) {
  Document doc = Run("Prime minister Anna Berg spoke on Monday. In a tweet, Mrs Berg wrote: "
                     "“We will not give up the port. Don’t test us.”");
  ASSERT_EQ(doc.quotes.size(), 1u);
  const Quote& q = doc.quotes[0];
  EXPECT_EQ(doc.Text(q.span), "“We will not give up the port. Don’t test us.”");
  EXPECT_TRUE(q.direct);
  EXPECT_EQ(Speaker(doc, q), "Mrs Berg");
  EXPECT_EQ(q.speaker_name, "Anna Berg");
  EXPECT_EQ(q.medium, "tweet");
  ASSERT_TRUE(q.cue);
  EXPECT_EQ(doc.Text(*q.cue), "wrote");
}

TEST_F(QuoteRecogniserTest, SplitAroundAttributionIsOneQuoteAndPronounsResolve) {
  Document doc = Run("Governor Luis Ortega visited the camp.\n\n"
                     "\"The water is gone,\" he said, \"and the roads are closed.\"");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.Text(doc.quotes[0].span),
            "\"The water is gone,\" he said, \"and the roads are closed.\"");
  EXPECT_EQ(Speaker(doc, doc.quotes[0]), "he");
  EXPECT_EQ(doc.quotes[0].speaker_name, "Luis Ortega");
}

TEST_F(QuoteRecogniserTest, QuoteRunsAcrossParagraphs) {
  Document doc = Run("Maria Lopez said:\n\n“The first wall fell at night.\n\n"
                     "“The second fell at dawn,” she added.");
  ASSERT_FALSE(doc.quotes.empty());
  EXPECT_EQ(doc.Text(doc.quotes[0].span).substr(0, 12), "“The first");
  EXPECT_NE(doc.Text(doc.quotes[0].span).find("dawn"), std::string::npos);
  EXPECT_EQ(doc.quotes[0].speaker_name, "Maria Lopez");
}

TEST_F(QuoteRecogniserTest, SingleQuotesAreToldApartFromApostrophes) {
  Document doc = Run("Residents of Ma'arrat said the soldiers' trucks had left. "
                     "An officer told them: 'You must leave the town today.'");
  bool single = false;
  for (const Quote& q : doc.quotes) single |= doc.Text(q.span) == "'You must leave the town today.'";
  EXPECT_TRUE(single);
}

TEST_F(QuoteRecogniserTest, IndirectAttributions) {
  Document doc = Run("The UN reported that some 60,000 people had been displaced. "
                     "The border is closed, according to the interior ministry. "
                     "Officials said the talks would resume next week.");
  ASSERT_EQ(doc.quotes.size(), 3u);
  EXPECT_FALSE(doc.quotes[0].direct);
  EXPECT_EQ(Speaker(doc, doc.quotes[0]), "The UN");
  EXPECT_EQ(doc.Text(doc.quotes[0].span), "that some 60,000 people had been displaced");
  EXPECT_EQ(doc.Text(doc.quotes[1].span), "The border is closed");
  EXPECT_EQ(Speaker(doc, doc.quotes[1]), "the interior ministry");
  EXPECT_EQ(Speaker(doc, doc.quotes[2]), "Officials");
}

TEST_F(QuoteRecogniserTest, ABodyNamedForWhatItServesIsTheSpeakerNotItsObject) {
  Document doc = Run("The United Nations agency for Palestinian refugees said on Monday that "
                     "1.7 million people had been displaced. "
                     "A spokesman for the Israeli military said the operation would go on.");
  ASSERT_EQ(doc.quotes.size(), 2u);
  // The whole phrase is the speaker, named by its head: not "Palestinian refugees".
  EXPECT_EQ(Speaker(doc, doc.quotes[0]), "The United Nations agency for Palestinian refugees");
  EXPECT_EQ(doc.quotes[0].speaker_name, "United Nations");
  // A spokesman is no institution: the body he speaks for stays the speaker.
  EXPECT_EQ(Speaker(doc, doc.quotes[1]), "the Israeli military");
}

TEST_F(QuoteRecogniserTest, AccusingOfTakesTheClauseSubject) {
  Document doc = Run("Senator Paul Reyes criticised the plan, accusing the company of "
                     "“poisoning the river for profit” last year.");
  ASSERT_FALSE(doc.quotes.empty());
  EXPECT_NE(doc.Text(doc.quotes[0].span).find("poisoning"), std::string::npos);
  EXPECT_EQ(doc.quotes[0].speaker_name, "Paul Reyes");
}

TEST_F(QuoteRecogniserTest, ScareQuotesAloneAreNotSpeech) {
  Document doc = Run("“Carnage” is the word of the year.");
  EXPECT_TRUE(doc.quotes.empty());
}

TEST_F(QuoteRecogniserTest, ShortUnattributedQuotationsWithoutSpeakerAreScareQuotes) {
  Document doc =
      Run("That wording -- \"eligible candidates\" -- is a subtle change. "
          "Nobody was there.\n\n\"We will win,\" she said.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.Text(doc.quotes[0].span), "\"We will win,\"");
}

TEST_F(QuoteRecogniserTest, SentenceInitialFirstNameReadAsVerbStartsTheSpeaker) {
  // The tagger reads "James" and "Cross" as verbs at the start of a sentence.
  Document doc = Run("James Zogby, a superdelegate, said: \"I just do not think it is possible.\"");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(Speaker(doc, doc.quotes[0]), "James Zogby");
  doc = Run("Cross called the general election \"a citizenship election\" in a speech.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(Speaker(doc, doc.quotes[0]), "Cross");
}

TEST_F(QuoteRecogniserTest, AnyVerbAfterAQuotationEndingInACommaAttributesIt) {
  // "points out", "went on" and "will say" are not in the cue lexicon; the comma inside
  // the closing mark says that the attribution follows.
  Document doc =
      Run("Mark Ellis spoke first.\n\n\"Voters reject the establishment,\" he points "
          "out.\n\n\"We ought to start it up again,\" Ana Ruiz went on.\n\n"
          "\"Until you have sat at that desk, you do not know,\" she will say.");
  ASSERT_EQ(doc.quotes.size(), 3u);
  EXPECT_EQ(Speaker(doc, doc.quotes[0]), "he");
  EXPECT_EQ(Speaker(doc, doc.quotes[1]), "Ana Ruiz");
  EXPECT_EQ(Speaker(doc, doc.quotes[2]), "she");
  ASSERT_TRUE(doc.quotes[0].cue);
  EXPECT_EQ(doc.Text(*doc.quotes[0].cue), "points");
}

TEST_F(QuoteRecogniserTest, InsideASentenceOnlySpeechVerbsAttributeAfterTheQuotation) {
  // The quotation sits in a clause of its own; what follows it is the main clause.
  Document doc =
      Run("As voters prepare for what Newt Gingrich called \"the loudest election "
          "in modern history,\" the former Speaker is intrigued by the race.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(Speaker(doc, doc.quotes[0]), "Newt Gingrich");
}

TEST_F(QuoteRecogniserTest, TheObjectOfToldIsTheAddresseeNotTheSpeaker) {
  Document doc =
      Run("Ana Ruiz did not name her rivals, but told her supporters, \"our nation is "
          "in trouble.\"");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(Speaker(doc, doc.quotes[0]), "Ana Ruiz");
}

TEST_F(QuoteRecogniserTest, RelativeClauseWithItsOwnAttributionEndsTheReportedClause) {
  Document doc =
      Run("Ron Dale said he has supported a bill that would curb accreditation bodies, "
          "which he called \"a cartel for higher education.\"");
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(doc.Text(doc.quotes[0].span),
            "he has supported a bill that would curb accreditation bodies");
  EXPECT_EQ(Speaker(doc, doc.quotes[0]), "Ron Dale");
  EXPECT_EQ(doc.Text(doc.quotes[1].span), "\"a cartel for higher education.\"");
  EXPECT_EQ(Speaker(doc, doc.quotes[1]), "he");
}

}  // namespace
}  // namespace faultline
