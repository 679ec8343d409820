// Fuzzes the date grammar: tokenisation, tagging with closed classes only, rule matching
// and normalisation. The first line of the input, when it looks like one, is the
// publication date, so both resolved and unresolved paths are reached. Invariants: every
// expression lies inside the text, in order, bounded in length, with a known type and a
// non-empty value; and at every token the indexed rule matcher finds what the plain search
// over every rule finds.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "recognise/timex/atoms.h"
#include "recognise/timex/grammar.h"
#include "recognise/timex/recognise_timex.h"
#include "segment/lexicon.h"
#include "segment/segmenter.h"
#include "segment/tagger.h"
#include "util/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  if (!faultline::utf8::Validate(text).ok()) return 0;
  faultline::Document doc;
  const size_t nl = text.find('\n');
  if (nl == 10 && text[4] == '-') {
    doc.date = text.substr(0, 10);
    text.erase(0, 11);
  }
  doc.text = text;
  static const faultline::Lexicon lexicon;  // empty: closed classes only, fast
  faultline::Segment(doc);
  faultline::Tag(doc, lexicon);
  faultline::RecogniseTimex(doc);
  uint32_t last = 0;
  for (const faultline::Timex& t : doc.timex) {
    if (t.span.begin < last || t.span.end > doc.text.size() || t.span.empty()) std::abort();
    if (t.span.size() > 400) std::abort();
    if (t.value.empty()) std::abort();
    const std::string_view type = t.type;
    if (type != "DATE" && type != "TIME" && type != "DURATION" && type != "SET") std::abort();
    last = t.span.end;
  }
  std::vector<faultline::timex::Atom> atoms;
  for (const faultline::Sentence& s : doc.sentences) {
    faultline::timex::BuildAtoms(doc.tokens, s.token_begin, s.token_end, atoms);
    for (uint32_t i = 0; i < atoms.size(); ++i) {
      faultline::timex::Match fast, plain;
      const bool found = faultline::timex::MatchAt(atoms, i, &fast);
      if (found != faultline::timex::MatchAtExhaustive(atoms, i, &plain)) std::abort();
      if (found && (fast.rule != plain.rule || fast.end != plain.end)) std::abort();
    }
  }
  return 0;
}
