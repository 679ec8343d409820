// The indexed matcher (rule starts picked by start bits, elements skipped by them) against
// the plain search over every rule: the shortcuts must never change which match is found.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "recognise/timex/atoms.h"
#include "recognise/timex/grammar.h"
#include "recognise/timex/timex_test_util.h"

namespace faultline::timex {
namespace {

bool SameMatch(const Match& a, const Match& b) {
  return a.begin == b.begin && a.end == b.end && a.rule == b.rule && a.year == b.year &&
         a.month == b.month && a.day == b.day && a.weekday == b.weekday && a.season == b.season &&
         a.unit == b.unit && a.ord == b.ord && a.shift == b.shift && a.mod == b.mod &&
         a.pod == b.pod && a.deictic == b.deictic && a.ref == b.ref && a.dir == b.dir &&
         a.set_unit == b.set_unit && a.holiday == b.holiday && a.decade == b.decade &&
         a.hour == b.hour && a.minute == b.minute && a.num == b.num && a.num2 == b.num2 &&
         a.vague == b.vague && a.plural == b.plural && a.approx == b.approx &&
         a.fiscal == b.fiscal && a.half_more == b.half_more && a.weak == b.weak;
}

// Compares the two engines at every atom of every sentence of `text`; returns the number
// of positions where some rule matched, so a caller can check the text exercised them.
int CompareEngines(const std::string& text) {
  const Document doc = timex_test::Run(text, "2019-12-27");
  int matched = 0;
  std::vector<Atom> atoms;
  for (const Sentence& s : doc.sentences) {
    BuildAtoms(doc.tokens, s.token_begin, s.token_end, atoms);
    for (uint32_t i = 0; i < atoms.size(); ++i) {
      Match fast, plain;
      const bool found_fast = MatchAt(atoms, i, &fast);
      const bool found_plain = MatchAtExhaustive(atoms, i, &plain);
      EXPECT_EQ(found_fast, found_plain) << "at \"" << atoms[i].norm << "\" in: " << text;
      if (found_fast && found_plain) {
        EXPECT_TRUE(SameMatch(fast, plain))
            << "at \"" << atoms[i].norm << "\": rule " << Rules()[fast.rule].pattern << " ["
            << fast.begin << "," << fast.end << ") vs " << Rules()[plain.rule].pattern << " ["
            << plain.begin << "," << plain.end << ") in: " << text;
      }
      matched += found_plain;
    }
  }
  return matched;
}

TEST(TimexGrammar, IndexedMatcherAgreesWithPlainSearchOnWrittenSentences) {
  const char* kSentences[] = {
      "On Thursday, December 26, 2019, the offensive entered its second week.",
      "More than 200,000 people fled in the past two weeks and some 60,000 since Christmas day.",
      "The talks resume the following Monday morning at 7:30 p.m. EST, or at noon.",
      "In the third quarter of fiscal 1989 sales rose; the year-ago period was weaker.",
      "About a month ago, a few days earlier, the 1980s, the nineties and '98 were recalled.",
      "Every other week, twice a year, each Tuesday evening and daily at midnight.",
      "The near future, the long term, these days, right now and more recently.",
      "From 12/25/2019 to 2019-12-31, during late 2019 and early next year.",
      "He said the the the a a few weeks of the of the last last year 's end.",
      "Two and a half years, half an hour, three to five days, a couple of months.",
      "The twenty-first of March, nineteen ninety-six, two thousand and one.",
  };
  int matched = 0;
  for (const char* s : kSentences) matched += CompareEngines(s);
  EXPECT_GT(matched, 40);
}

TEST(TimexGrammar, IndexedMatcherAgreesWithPlainSearchOnWordSoup) {
  // Words of every element type and literal, mixed with function words and punctuation:
  // random orders reach rule prefixes and near-misses no written sentence does.
  const std::vector<std::string> kWords = {
      "the",     "a",       "an",     "of",       "last",     "next",    "this",   "past",
      "May",     "March",   "June",   "Monday",   "Tuesdays", "spring",  "summer", "year",
      "years",   "month",   "weeks",  "day",      "quarter",  "half",    "two",    "twenty",
      "three",   "hundred", "dozen",  "couple",   "first",    "third",   "21st",   "7",
      "12",      "1998",    "2019",   "1980s",    "'",        "90s",     "7:15",   "p.m.",
      "noon",    "morning", "night",  "today",    "tonight",  "now",     "recent", "coming",
      "ago",     "earlier", "later",  "before",   "early",    "late",    "mid",    "end",
      "about",   "more",    "than",   "at",       "least",    "some",    "few",    "several",
      "every",   "each",    "daily",  "twice",    "per",      "fiscal",  "-",      ",",
      "/",       "and",     "or",     "so",       "Christmas", "eve",    "that",   "same",
      "following", "century", "future", "term",   "weekend",  "period",  "'s",     "in",
  };
  std::mt19937 rng(20191227);
  std::uniform_int_distribution<size_t> pick(0, kWords.size() - 1);
  int matched = 0;
  for (int n = 0; n < 400; ++n) {
    std::string text;
    for (int k = 0; k < 12; ++k) {
      if (k > 0) text += ' ';
      text += kWords[pick(rng)];
    }
    text += '.';
    matched += CompareEngines(text);
  }
  EXPECT_GT(matched, 400);
}

}  // namespace
}  // namespace faultline::timex
