#include "segment/segmenter.h"

#include "segment/tokenizer.h"

namespace faultline {
namespace {

// Asked of every token: one-character tests, where == on strings calls memcmp.
bool IsTerminal(const std::string& n) {
  if (n.size() == 1) return n[0] == '.' || n[0] == '!' || n[0] == '?';
  return n.size() == 3 && n == "...";
}
bool IsCloser(const std::string& n) {
  return n.size() == 1 && (n[0] == '"' || n[0] == '\'' || n[0] == ')' || n[0] == ']');
}

// Newlines between two tokens, and whether a blank line separates them.
void CountBreaks(std::string_view text, uint32_t from, uint32_t to, int& newlines, bool& blank) {
  newlines = 0;
  blank = false;
  int run = 0;
  for (uint32_t i = from; i < to; ++i) {
    if (text[i] == '\n') {
      ++newlines;
      if (++run >= 2) blank = true;
    } else if (text[i] != '\r' && text[i] != ' ' && text[i] != '\t') {
      run = 0;
    }
  }
}

bool LowerStart(const Token& t) {
  unsigned char c = static_cast<unsigned char>(t.norm.empty() ? 0 : t.norm[0]);
  return !t.capitalised && c >= 'a' && c <= 'z';
}

}  // namespace

void Segment(Document& doc, const SegmentOptions& options) {
  doc.tokens.clear();
  doc.sentences.clear();
  doc.tokens.reserve(doc.text.size() / 5 + 16);  // about one token per 5 bytes of news text
  Tokenize(doc.text, 0, static_cast<uint32_t>(doc.text.size()), doc.tokens);
  auto& toks = doc.tokens;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  uint32_t start = 0;
  uint32_t paragraph = 0;
  uint32_t line_start_tok = 0;
  auto close = [&](uint32_t end_tok) {
    if (end_tok <= start) return;
    Sentence s;
    s.token_begin = start;
    s.token_end = end_tok;
    s.span = Span{toks[start].span.begin, toks[end_tok - 1].span.end};
    s.paragraph = paragraph;
    doc.sentences.push_back(s);
    start = end_tok;
  };
  for (uint32_t i = 0; i < n; ++i) {
    if (i + 1 >= n) break;
    const Token& t = toks[i];
    const Token& next = toks[i + 1];
    int newlines = 0;
    bool blank = false;
    CountBreaks(doc.text, t.span.end, next.span.begin, newlines, blank);
    if (blank) {
      close(i + 1);
      ++paragraph;
      line_start_tok = i + 1;
      continue;
    }
    if (newlines > 0) {
      const bool terminal =
          IsTerminal(t.norm) || (IsCloser(t.norm) && i > 0 && IsTerminal(toks[i - 1].norm));
      const bool short_line = (i + 1 - line_start_tok) <= 12;
      const bool ends_in_word_like_caption = t.norm == ":" ? false : true;
      if (terminal || (!LowerStart(next) && short_line && ends_in_word_like_caption)) {
        close(i + 1);
      }
      line_start_tok = i + 1;
      continue;
    }
    if (IsTerminal(t.norm)) {
      uint32_t end = i + 1;
      while (end < n && IsCloser(toks[end].norm) && !toks[end].space_before) ++end;
      if (end >= n) break;
      const Token& after = toks[end];
      if (LowerStart(after)) continue;  // "... said Mr. smith" or a lowercase continuation
      close(end);
      i = end - 1;
      continue;
    }
    if (t.norm.size() > 1 && t.norm.back() == '.' && IsAbbreviation(t.norm)) {
      // "in the U.S. The talks" ends a sentence; "Mr. Trump" does not. Titles never end one.
      const bool title = t.norm == "mr." || t.norm == "mrs." || t.norm == "ms." ||
                         t.norm == "dr." || t.norm == "gen." || t.norm == "lt." ||
                         t.norm == "col." || t.norm == "st." || t.norm == "prof." ||
                         t.norm == "sen." || t.norm == "rep." || t.norm == "gov." ||
                         t.norm.size() == 2;
      const bool sentence_word = next.norm == "the" || next.norm == "he" || next.norm == "she" ||
                                 next.norm == "it" || next.norm == "they" || next.norm == "but" ||
                                 next.norm == "in" || next.norm == "a" || next.norm == "we";
      if (!title && next.capitalised && sentence_word) close(i + 1);
    }
    if (i + 1 - start >= options.max_sentence_tokens) close(i + 1);
  }
  close(n);
}

}  // namespace faultline
