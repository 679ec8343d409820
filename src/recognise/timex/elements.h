// Element matchers of the date grammar: whether one pattern element (a word class, a
// literal, a multi-token number or clock time) matches at an atom, filling its slots.
#pragma once

#include <cstdint>
#include <vector>

#include "recognise/timex/grammar.h"

namespace faultline::timex {

// Atoms used by element `e` at atom i (0: no match); fills the element's slots of m.
int MatchElem(const Element& e, const std::vector<Atom>& a, size_t i, Match& m);

// Element types that may match at atom i, as bits (1 << Elem), with bit 32 + the atom's
// literal bucket: a cheap over-approximation of MatchElem, asked before trying an element
// (Element::bits) and to pick the rules that may start at a token. Cached in the atom.
uint64_t StartBits(const std::vector<Atom>& a, size_t i);

}  // namespace faultline::timex
