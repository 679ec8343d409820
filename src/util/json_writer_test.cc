#include "util/json_writer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace faultline {
namespace {

TEST(JsonWriter, StringsAndNumbersAreWhatNlohmannWrites) {
  for (std::string_view s :
       {std::string_view(""), std::string_view("plain"), std::string_view("quote \" slash \\"),
        std::string_view("\b\f\n\r\t\x01\x1f\x7f"), std::string_view("caf\xC3\xA9 \xE2\x80\x9C"),
        std::string_view("\xF0\x9F\x98\x80 emoji"), std::string_view("nul \0 byte", 10)}) {
    std::string got;
    AppendJsonString(&got, s);
    EXPECT_EQ(got, nlohmann::json(std::string(s)).dump()) << s;
  }
  // Invalid UTF-8 (a stray continuation, a truncated sequence, a surrogate, an overlong
  // form) becomes U+FFFD instead of invalid output.
  for (std::string_view s : {"\x80", "ab\xE2\x80", "\xED\xA0\x80", "\xC0\xAF", "\xFF"}) {
    std::string got;
    AppendJsonString(&got, s);
    const nlohmann::json back = nlohmann::json::parse(got, nullptr, false);
    ASSERT_TRUE(back.is_string()) << got;
    EXPECT_NE(back.get<std::string>().find("\xEF\xBF\xBD"), std::string::npos) << got;
  }
  for (double v : {0.0, 12.0, -10.0, 35.93, 0.1, 1e21, 1e-7, 123456789.125}) {
    std::string got;
    AppendJsonDouble(&got, v);
    EXPECT_EQ(got, nlohmann::json(v).dump());
  }
  // A float widened to double, halfway between two shortest decimals: either digit reads
  // back as the same double.
  const double tie = static_cast<double>(19.07283020019531f);
  std::string got;
  AppendJsonDouble(&got, tie);
  EXPECT_EQ(std::stod(got), tie);
  std::string nan;
  AppendJsonDouble(&nan, std::nan(""));
  EXPECT_EQ(nan, "null");
}

TEST(JsonWriter, WritesNestedObjectsWithSeparators) {
  std::string out;
  JsonWriter w(&out);
  w.Open('{');
  w.Str("a", "x");
  w.Key("b");
  w.Open('[');
  w.Int(1);
  w.Null();
  w.Close(']');
  w.Bool("c", true);
  w.Close('}');
  EXPECT_EQ(out, R"({"a":"x","b":[1,null],"c":true})");
}

}  // namespace
}  // namespace faultline
