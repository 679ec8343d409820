#include "recognise/quotes/quote_marks.h"

#include <algorithm>
#include <string_view>

namespace faultline {
namespace {

enum class Mark : uint8_t { kNone, kOpen, kClose, kOpenSingle, kCloseSingle };

// Single quotations longer than this are apostrophes that happened to pair up.
constexpr uint32_t kMaxSingleTokens = 60;

// The folded form of every quote mark: " or '.
bool IsMarkNorm(const std::string& norm) {
  return norm.size() == 1 && (norm[0] == '"' || norm[0] == '\'');
}

bool IsSpaceOrOpen(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '(' || c == '[' || c == '-';
}

Mark Classify(const Document& doc, const Token& t) {
  if (t.norm != "\"" && t.norm != "'") return Mark::kNone;
  const std::string_view s = doc.Text(t.span);
  const char before = t.span.begin > 0 ? doc.text[t.span.begin - 1] : ' ';
  const char after = t.span.end < doc.text.size() ? doc.text[t.span.end] : ' ';
  const bool space_before = IsSpaceOrOpen(before) || t.span.begin == 0;
  const bool space_after = after == ' ' || after == '\n' || after == '\t' || after == '\r';
  if (s == "\xE2\x80\x9C" || s == "\xC2\xAB") return Mark::kOpen;    // “ «
  if (s == "\xE2\x80\x9D" || s == "\xC2\xBB") {                      // ” »
    // Some texts use ” for both marks; before a word after a space it opens.
    return space_before && !space_after ? Mark::kOpen : Mark::kClose;
  }
  if (s == "\"") {
    if (space_before && !space_after) return Mark::kOpen;
    if (!space_before) return Mark::kClose;
    return Mark::kNone;
  }
  if (s == "\xE2\x80\x98") return Mark::kOpenSingle;  // ‘
  // ’ and ': an opening mark has space before and a word after; a closing one the reverse.
  const bool word_after = (after >= 'A' && after <= 'Z') || (after >= 'a' && after <= 'z') ||
                          (after >= '0' && after <= '9') || static_cast<unsigned char>(after) >= 0x80;
  if (space_before && word_after) return Mark::kOpenSingle;
  if (!space_before && !word_after) return Mark::kCloseSingle;
  return Mark::kNone;
}

// Typewriter double quotes written as two apostrophes ('') as some newspapers do: the
// token at `i` and the next one are adjacent ASCII apostrophes.
bool DoubledApostrophe(const Document& doc, uint32_t i) {
  const std::vector<Token>& toks = doc.tokens;
  if (i + 1 >= toks.size() || toks[i].norm != "'" || toks[i + 1].norm != "'" ||
      toks[i].span.end != toks[i + 1].span.begin) {
    return false;
  }
  return doc.Text(toks[i].span) == "'" && doc.Text(toks[i + 1].span) == "'";
}

// A doubled apostrophe as a double mark: opening with space before and a word after,
// closing when it follows a word or punctuation.
Mark ClassifyDoubled(const Document& doc, const Token& first, const Token& second) {
  const char before = first.span.begin > 0 ? doc.text[first.span.begin - 1] : ' ';
  const char after = second.span.end < doc.text.size() ? doc.text[second.span.end] : ' ';
  const bool space_before = IsSpaceOrOpen(before) || first.span.begin == 0;
  const bool space_after = after == ' ' || after == '\n' || after == '\t' || after == '\r';
  if (space_before && !space_after) return Mark::kOpen;
  if (!space_before) return Mark::kClose;
  return Mark::kNone;
}

}  // namespace

bool ParagraphBreakBetween(const Document& doc, uint32_t a, uint32_t b) {
  const uint32_t from = doc.tokens[a].span.end, to = doc.tokens[b].span.begin;
  // Two newlines need two bytes; nearly every pair of tokens has one space or none between.
  if (to < from + 2) return false;
  int newlines = 0;
  for (uint32_t i = from; i < to; ++i) {
    const char c = doc.text[i];
    if (c == '\n') {
      if (++newlines >= 2) return true;
    } else if (c != ' ' && c != '\t' && c != '\r') {
      newlines = 0;
    }
  }
  return false;
}

std::vector<MarkedQuote> FindMarkedQuotes(const Document& doc) {
  std::vector<MarkedQuote> out;
  const std::vector<Token>& toks = doc.tokens;
  bool in_double = false, in_single = false;
  uint32_t start = 0, single_start = 0;
  uint32_t skip = 0;  // the second apostrophe of a doubled mark
  for (const Sentence& s : doc.sentences) {
    const uint32_t se = std::min<uint32_t>(s.token_end, static_cast<uint32_t>(toks.size()));
    for (uint32_t i = s.token_begin; i < se; ++i) {
      // Only a quote mark, or inside a quotation a paragraph break, changes anything: run to
      // the next one.
      const bool inside = in_double || in_single;
      while (i < se && !IsMarkNorm(toks[i].norm) &&
             !(inside && i > 0 && ParagraphBreakBetween(doc, i - 1, i))) {
        ++i;
      }
      if (i == se) break;
      if (i < skip) continue;
      const bool mark_token = IsMarkNorm(toks[i].norm);
      Mark m = mark_token ? Classify(doc, toks[i]) : Mark::kNone;
      bool doubled = false;
      if (mark_token && DoubledApostrophe(doc, i)) {
        doubled = true;
        m = ClassifyDoubled(doc, toks[i], toks[i + 1]);
        skip = i + 2;
      }
      if (i > 0 && ParagraphBreakBetween(doc, i - 1, i)) {
        in_single = false;
        if (in_double && m == Mark::kOpen) continue;  // the quote runs on into this paragraph
        if (in_double) {
          out.push_back({start, i - 1, false, false});
          in_double = false;
        }
      }
      if (m == Mark::kOpen) {
        if (in_double) out.push_back({start, i - 1, false, false});
        in_double = true;
        in_single = false;
        start = i;
      } else if (m == Mark::kClose && in_double) {
        out.push_back({start, doubled ? i + 1 : i, true, false});
        in_double = false;
      } else if (!in_double && m == Mark::kOpenSingle) {
        in_single = true;
        single_start = i;
      } else if (!in_double && in_single && m == Mark::kCloseSingle) {
        if (i - single_start <= kMaxSingleTokens && i > single_start + 1) {
          out.push_back({single_start, i, true, true});
        }
        in_single = false;
      }
    }
  }
  if (in_double && !toks.empty()) {
    out.push_back({start, static_cast<uint32_t>(toks.size() - 1), false, false});
  }
  return out;
}

}  // namespace faultline
