#include "recognise/counts/number_parser.h"

#include <gtest/gtest.h>

#include "segment/tokenizer.h"

namespace faultline {
namespace {

// Parses the number at the start of `text`; value -1 when there is none.
ParsedNumber Parse(const std::string& text, bool between = false) {
  std::vector<Token> toks;
  Tokenize(text, 0, static_cast<uint32_t>(text.size()), toks);
  ParsedNumber n;
  if (!ParseNumber(toks, 0, static_cast<uint32_t>(toks.size()), between, &n)) n.value = -1;
  return n;
}

TEST(NumberParser, DigitsWithSeparators) {
  EXPECT_EQ(Parse("200,000 people").value, 200000);
  EXPECT_EQ(Parse("1,073,673").value, 1073673);
  EXPECT_DOUBLE_EQ(Parse("2.5").value, 2.5);
  EXPECT_EQ(Parse("14 000 people").value, 14000);  // French and UN style
  EXPECT_EQ(Parse("1 073 673").value, 1073673);
  EXPECT_EQ(Parse("14 people").value, 14);
}

TEST(NumberParser, SpelledOut) {
  EXPECT_EQ(Parse("three million civilians").value, 3e6);
  EXPECT_EQ(Parse("Nine hundred and twenty-one people").value, 921);
  EXPECT_EQ(Parse("twelve").value, 12);
  EXPECT_EQ(Parse("a dozen people").value, 12);
  EXPECT_EQ(Parse("two dozen").value, 24);
  EXPECT_EQ(Parse("a hundred").value, 100);
  EXPECT_EQ(Parse("people").value, -1);
  EXPECT_EQ(Parse("a man").value, -1);
}

TEST(NumberParser, Scaled) {
  EXPECT_DOUBLE_EQ(Parse("1.6 million").value, 1.6e6);
  EXPECT_DOUBLE_EQ(Parse("2.14 lakh people").value, 214000);
  EXPECT_EQ(Parse("3 thousand").value, 3000);
}

TEST(NumberParser, Ranges) {
  ParsedNumber n = Parse("18,000 to 25,000 people");
  EXPECT_TRUE(n.range);
  EXPECT_EQ(n.low, 18000);
  EXPECT_EQ(n.high, 25000);
  EXPECT_EQ(n.value, 25000);
  n = Parse("one to 1.5 million");
  EXPECT_EQ(n.low, 1e6);
  EXPECT_EQ(n.high, 1.5e6);
  EXPECT_FALSE(Parse("10,000 and 12,000").range);
  EXPECT_TRUE(Parse("10,000 and 12,000", true).range);
  EXPECT_TRUE(Parse("two or three").range);
}

TEST(NumberParser, VagueGetsAConservativeFloor) {
  ParsedNumber n = Parse("thousands of civilians");
  EXPECT_TRUE(n.vague);
  EXPECT_EQ(n.value, 1000);
  EXPECT_EQ(Parse("dozens of people").value, 12);
  EXPECT_EQ(Parse("hundreds of thousands of people").value, 1e5);
  EXPECT_EQ(Parse("tens of thousands").value, 1e4);
  EXPECT_EQ(Parse("several hundred").value, 200);
}

TEST(NumberParser, YearsTimesAndPercentages) {
  EXPECT_TRUE(Parse("2019").year_like);
  EXPECT_FALSE(Parse("2,019").year_like);
  EXPECT_EQ(Parse("10:30").value, -1);
  EXPECT_EQ(Parse("3rd").value, -1);
}

}  // namespace
}  // namespace faultline
