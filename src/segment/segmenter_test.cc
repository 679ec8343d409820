#include "segment/segmenter.h"

#include <gtest/gtest.h>

namespace faultline {
namespace {

std::vector<std::string> Sentences(const std::string& text) {
  Document doc;
  doc.text = text;
  Segment(doc);
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.Text(s.span));
  return out;
}

TEST(Segmenter, SplitsAtTerminalPunctuation) {
  EXPECT_EQ(Sentences("Rebels attacked. The army responded! Why?"),
            (std::vector<std::string>{"Rebels attacked.", "The army responded!", "Why?"}));
}

TEST(Segmenter, SurvivesAbbreviations) {
  EXPECT_EQ(Sentences("Mr. Trump met Gen. Smith in the U.S. capital on Jan. 5. Talks followed."),
            (std::vector<std::string>{"Mr. Trump met Gen. Smith in the U.S. capital on Jan. 5.",
                                      "Talks followed."}));
}

TEST(Segmenter, KeepsClosingQuotesWithTheSentence) {
  EXPECT_EQ(Sentences("He wrote: \u201cStop this carnage.\u201d Turkey agreed."),
            (std::vector<std::string>{"He wrote: \u201cStop this carnage.\u201d", "Turkey agreed."}));
}

TEST(Segmenter, BlankLinesAndCaptionsEndSentences) {
  EXPECT_EQ(Sentences("Trucks in Idlib. Photograph: Reuters\n\nA market street"),
            (std::vector<std::string>{"Trucks in Idlib.", "Photograph: Reuters", "A market street"}));
}

TEST(Segmenter, HyphenatedPrefixesDoNotSplit) {
  EXPECT_EQ(Sentences("al-Qaeda-linked militants hold the town."),
            (std::vector<std::string>{"al-Qaeda-linked militants hold the town."}));
}

TEST(Segmenter, CapsRunawaySentences) {
  std::string text;
  for (int i = 0; i < 400; ++i) text += "word ";
  Document doc;
  doc.text = text;
  Segment(doc, SegmentOptions{100});
  EXPECT_EQ(doc.sentences.size(), 4u);
}

}  // namespace
}  // namespace faultline
