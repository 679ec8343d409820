// Test helper: the generated place index, shared by the place tests. Tests call
// FL_REQUIRE_GAZETTEER() first and are skipped (not failed) when the index was not built.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "recognise/places/gazetteer.h"

namespace faultline::places::testing {

inline std::string GazetteerPath() {
  if (const char* env = std::getenv("FAULTLINE_GENERATED")) return std::string(env) + "/gazetteer.idx";
#ifdef FAULTLINE_GAZETTEER_PATH
  return FAULTLINE_GAZETTEER_PATH;
#else
  return "";
#endif
}

// Opened once per test binary; nullptr when absent.
inline const Gazetteer* SharedGazetteer() {
  static const Gazetteer* g = [] {
    auto* gz = new Gazetteer();
    if (!gz->Open(GazetteerPath()).ok()) {
      delete gz;
      return static_cast<Gazetteer*>(nullptr);
    }
    return gz;
  }();
  return g;
}

}  // namespace faultline::places::testing

#define FL_REQUIRE_GAZETTEER()                                                          \
  const ::faultline::places::Gazetteer* gaz = ::faultline::places::testing::SharedGazetteer(); \
  if (gaz == nullptr) GTEST_SKIP() << "no gazetteer index at " << ::faultline::places::testing::GazetteerPath()
