#include "recognise/places/text_memo.h"

#include <gtest/gtest.h>

#include <string>

#include "recognise/places/test_gazetteer.h"

namespace faultline::places {
namespace {

TEST(TextMemo, ComputesAKeyOnceAndLongKeysEveryTime) {
  FL_REQUIRE_GAZETTEER();
  TextMemo<uint32_t, 32, 16> memo;
  int computed = 0;
  auto answer = [&](uint32_t v) {
    return [&computed, v] {
      ++computed;
      return v;
    };
  };
  EXPECT_EQ(memo.Get(*gaz, "police", answer(7)), 7u);
  EXPECT_EQ(memo.Get(*gaz, "police", answer(9)), 7u);  // kept: not asked again
  EXPECT_EQ(computed, 1);
  const std::string long_key(40, 'x');  // longer than a 32-byte slot holds
  EXPECT_EQ(memo.Get(*gaz, long_key, answer(3)), 3u);
  EXPECT_EQ(memo.Get(*gaz, long_key, answer(4)), 4u);
  EXPECT_EQ(computed, 3);
}

TEST(TextMemo, KeysThatShareASlotReplaceEachOther) {
  FL_REQUIRE_GAZETTEER();
  TextMemo<bool, 64, 1> memo;  // one slot: every key collides
  EXPECT_TRUE(memo.Get(*gaz, "new york", [] { return true; }));
  EXPECT_FALSE(memo.Get(*gaz, "prime minister", [] { return false; }));
  EXPECT_FALSE(memo.Get(*gaz, "new york", [] { return false; }));  // replaced, so asked again
}

}  // namespace
}  // namespace faultline::places
