#include "segment/tokenizer.h"

#include <gtest/gtest.h>

namespace faultline {
namespace {

std::vector<std::string> Norms(std::string_view text) { return TokenizePhrase(text); }

TEST(Tokenizer, SplitsPunctuationAndKeepsNumbers) {
  EXPECT_EQ(Norms("More than 200,000 fled, the UN said."),
            (std::vector<std::string>{"more", "than", "200,000", "fled", ",", "the", "un", "said", "."}));
  EXPECT_EQ(Norms("1.6 million"), (std::vector<std::string>{"1.6", "million"}));
}

TEST(Tokenizer, SplitsClitics) {
  EXPECT_EQ(Norms("Russia's army"), (std::vector<std::string>{"russia", "'s", "army"}));
  EXPECT_EQ(Norms("Don\u2019t do it!"), (std::vector<std::string>{"do", "n't", "do", "it", "!"}));
  EXPECT_EQ(Norms("the rebels' positions"), (std::vector<std::string>{"the", "rebels", "'", "positions"}));
}

TEST(Tokenizer, KeepsInnerApostrophesOfNames) {
  EXPECT_EQ(Norms("Ma'arrat an-Nu'man"),
            (std::vector<std::string>{"ma'arrat", "an", "-", "nu'man"}));
}

TEST(Tokenizer, KeepsAbbreviations) {
  EXPECT_EQ(Norms("U.S. troops and Mr. Trump"),
            (std::vector<std::string>{"u.s.", "troops", "and", "mr.", "trump"}));
}

TEST(Tokenizer, DottedLettersTakeLinearTime) {
  EXPECT_EQ(Norms("a.b.c. and \u00e9.\u00e9. or ab.c"),
            (std::vector<std::string>{"a.b.c", ".", "and", "\u00e9.\u00e9", ".", "or", "ab", ".", "c"}));
  // "a.a.a.…" without spaces: was quadratic (a 4 MB article took days).
  std::string dots;
  for (int i = 0; i < 500000; ++i) dots += "a.";
  EXPECT_EQ(Norms(dots).size(), 2u);
}

TEST(Tokenizer, FoldsTypographicQuotesAndDashes) {
  EXPECT_EQ(Norms("\u201cSTOP!\u201d al\u2011Qaeda"),
            (std::vector<std::string>{"\"", "stop", "!", "\"", "al", "-", "qaeda"}));
}

TEST(Tokenizer, SpansPointIntoTheOriginal) {
  std::string text = "  \u201cCarnage\u201d in Idlib";
  std::vector<Token> toks;
  Tokenize(text, 0, static_cast<uint32_t>(text.size()), toks);
  ASSERT_EQ(toks.size(), 5u);
  for (const Token& t : toks) EXPECT_FALSE(t.span.empty());
  EXPECT_EQ(text.substr(toks[1].span.begin, toks[1].span.size()), "Carnage");
  EXPECT_EQ(text.substr(toks[4].span.begin, toks[4].span.size()), "Idlib");
  EXPECT_TRUE(toks[1].capitalised);
}

}  // namespace
}  // namespace faultline
