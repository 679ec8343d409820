#include "util/utf8.h"

#include <gtest/gtest.h>

namespace faultline::utf8 {
namespace {

TEST(Utf8, ValidateNamesTheOffendingByte) {
  EXPECT_TRUE(Validate("Ma\u2019arrat").ok());
  Status bad = Validate(std::string("ab\xff", 3));
  EXPECT_FALSE(bad.ok());
  EXPECT_EQ(bad.message(), "invalid UTF-8 at byte 2");
  EXPECT_EQ(Validate(std::string("a\0b", 3)).message(), "NUL byte at byte 1");
  EXPECT_FALSE(Validate("\xc0\xaf").ok());          // overlong
  EXPECT_FALSE(Validate("\xed\xa0\x80").ok());      // surrogate
  EXPECT_FALSE(Validate("\xe2\x80").ok());          // truncated
}

TEST(Utf8, NextStopsAtTheEndOfATruncatedSequence) {
  const std::string text("a\xf0\x9f", 3);
  size_t i = 1;
  Next(text, i);
  EXPECT_EQ(i, 3u);
}

TEST(Utf8, OffsetMapConvertsBytesToCodePoints) {
  std::string s = "\u201cSTOP!\u201d ok";
  OffsetMap m(s);
  EXPECT_EQ(m.ToCodePoint(0), 0u);
  EXPECT_EQ(m.ToCodePoint(3), 1u);  // after the 3-byte quote
  EXPECT_EQ(m.ToCodePoint(static_cast<uint32_t>(s.size())), 10u);
  EXPECT_EQ(m.ToByte(1), 3u);
  OffsetMap ascii("plain");
  EXPECT_EQ(ascii.ToCodePoint(4), 4u);
}

TEST(Utf8, FoldNormalisesCaseQuotesDashesAndNfc) {
  EXPECT_EQ(Fold("Don\u2019t"), "don't");
  EXPECT_EQ(Fold("al\u2011Qaeda"), "al-qaeda");
  EXPECT_EQ(Fold("Cafe\u0301"), "caf\u00e9");  // NFC composes
  EXPECT_EQ(Fold("\u201cHi\u201d"), "\"hi\"");
}

}  // namespace
}  // namespace faultline::utf8
