#include "util/word_filter.h"

#include <gtest/gtest.h>

#include <string>

#include "util/flat_map.h"

namespace faultline {
namespace {

TEST(WordFilterTest, EveryAddedWordMayBeThere) {
  WordFilter f;
  for (int i = 0; i < 20000; ++i) f.Add("word" + std::to_string(i));
  for (const char* w : {"a", "of", "al", "qaeda", "", "a-very-long-word-over-eight-bytes"}) {
    f.Add(w);
  }
  for (int i = 0; i < 20000; ++i) EXPECT_TRUE(f.MayContain("word" + std::to_string(i))) << i;
  for (const char* w : {"a", "of", "al", "qaeda", "", "a-very-long-word-over-eight-bytes"}) {
    EXPECT_TRUE(f.MayContain(w)) << w;
  }
}

TEST(WordFilterTest, MostOtherWordsAreRejected) {
  WordFilter f;
  for (int i = 0; i < 20000; ++i) f.Add("word" + std::to_string(i));
  int passed = 0;
  for (int i = 0; i < 10000; ++i) passed += f.MayContain("other" + std::to_string(i));
  // 20,000 words set at most 20,000 of 262,144 bits: about 8% false positives.
  EXPECT_LT(passed, 1500);
}

TEST(WordFilterTest, OfKeysHoldsEveryKeyOfATable) {
  FlatStringMap<int> table;
  for (int i = 0; i < 500; ++i) table["key" + std::to_string(i)] = i;
  const WordFilter f = WordFilter::OfKeys(table);
  for (int i = 0; i < 500; ++i) EXPECT_TRUE(f.MayContain("key" + std::to_string(i))) << i;
  int passed = 0;
  for (int i = 0; i < 1000; ++i) passed += f.MayContain("other" + std::to_string(i));
  EXPECT_LT(passed, 50);
}

TEST(WordFilterTest, EmptyFilterRejectsEverything) {
  const WordFilter f;
  EXPECT_FALSE(f.MayContain("the"));
  EXPECT_FALSE(f.MayContain(""));
}

}  // namespace
}  // namespace faultline
