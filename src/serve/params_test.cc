#include "serve/params.h"

#include <gtest/gtest.h>

namespace faultline::serve {
namespace {

Params P(std::initializer_list<std::pair<const std::string, std::string>> kv) { return Params(kv); }

TEST(ParamReader, ReadsEveryFilter) {
  Params p = P({{"country", "sy"}, {"actor", "rusmil"}, {"root", "19"}, {"quad", "4"},
                {"since", "2019-12-01"}, {"until", "2020-02-29"}, {"text", "Idlib"},
                {"near", "35.9,36.6,50"}});
  ParamReader r(p, EventParams({}));
  store::EventQuery q;
  ReadEventFilters(r, Limits{}, &q);
  ASSERT_FALSE(r.error()) << r.error()->message;
  EXPECT_EQ(q.filter.country, "SY");
  EXPECT_EQ(q.filter.actor, "RUSMIL");
  EXPECT_EQ(q.filter.root, "19");
  EXPECT_EQ(q.quad_class, 4);
  EXPECT_EQ(q.filter.until, "2020-02-29");
  EXPECT_EQ(q.text, "Idlib");
  ASSERT_TRUE(q.filter.near);
  EXPECT_DOUBLE_EQ(q.filter.near->km, 50);
}

TEST(ParamReader, EmptyValuesMeanNoFilter) {
  Params p = P({{"country", ""}, {"since", ""}});
  ParamReader r(p, EventParams({}));
  store::EventQuery q;
  ReadEventFilters(r, Limits{}, &q);
  EXPECT_FALSE(r.error());
  EXPECT_TRUE(q.filter.country.empty());
}

TEST(ParamReader, FirstErrorNamesParameterAndValue) {
  Params p = P({{"since", "2019-02-29"}, {"root", "99"}});
  ParamReader r(p, EventParams({}));
  store::EventQuery q;
  ReadEventFilters(r, Limits{}, &q);
  ASSERT_TRUE(r.error());
  EXPECT_EQ(r.error()->parameter, "root");  // read before since
  EXPECT_EQ(r.error()->message,
            "parameter 'root': expected a two-digit CAMEO root from 01 to 20, got '99'");
}

TEST(ParamReader, LeapDaysAndBadDates) {
  for (const char* good : {"2020-02-29", "2000-02-29", "1999-12-31"}) {
    Params p = P({{"since", good}});
    ParamReader r(p, {"since"});
    EXPECT_TRUE(r.Date("since")) << good;
  }
  for (const char* bad : {"2019-02-29", "1900-02-29", "2019-04-31", "2019-00-10", "19-01-01",
                          "2019-01-01T00:00", "2019/01/01", "0999-01-01"}) {
    Params p = P({{"since", bad}});
    ParamReader r(p, {"since"});
    EXPECT_FALSE(r.Date("since")) << bad;
    EXPECT_TRUE(r.error()) << bad;
  }
}

TEST(ParamReader, UnknownAndRepeatedParameters) {
  Params unknown = P({{"contry", "SY"}});
  EXPECT_EQ(ParamReader(unknown, EventParams({})).error()->parameter, "contry");
  Params twice = P({{"country", "SY"}, {"country", "IQ"}});
  EXPECT_NE(ParamReader(twice, EventParams({})).error()->message.find("more than once"),
            std::string::npos);
}

TEST(ParamReader, Integers) {
  Params p = P({{"limit", "1000"}});
  EXPECT_EQ(ParamReader(p, {"limit"}).Integer("limit", 1, 1000), 1000);
  for (const char* bad : {"1001", "0", "-5", "+5", "5.0", "1e3", " 5", "99999999999999999999"}) {
    Params q = P({{"limit", bad}});
    ParamReader r(q, {"limit"});
    EXPECT_FALSE(r.Integer("limit", 1, 1000)) << bad;
  }
}

TEST(ParamReader, Cursor) {
  Params p = P({{"cursor", EncodeCursor("2019-12-27", 42)}});
  auto c = ParamReader(p, {"cursor"}).Cursor("cursor");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->date, "2019-12-27");
  EXPECT_EQ(c->id, 42);
  Params empty_date = P({{"cursor", "~7"}});
  EXPECT_TRUE(ParamReader(empty_date, {"cursor"}).Cursor("cursor"));
  for (const char* bad : {"42", "2019-12-27~", "2019-12-27~0", "x'~1", "2019-12-27~01"}) {
    Params q = P({{"cursor", bad}});
    EXPECT_FALSE(ParamReader(q, {"cursor"}).Cursor("cursor")) << bad;
  }
}

TEST(ParamReader, Near) {
  for (const char* bad : {"1,2", "1,2,3,4", "91,0,1", "0,181,1", "0,0,0", "0,0,30000", "a,b,c",
                          "inf,0,1", "0x10,0,1"}) {
    Params q = P({{"near", bad}});
    EXPECT_FALSE(ParamReader(q, {"near"}).Near("near")) << bad;
  }
}

TEST(QuoteValue, EscapesAndTruncates) {
  EXPECT_EQ(QuoteValue("a\x01\xff"), "'a\\x01\\xFF'");
  EXPECT_EQ(QuoteValue(std::string(100, 'x')).size(), 80u + 2 + 3);
}

TEST(ParseId, OnlyPlainPositiveIntegers) {
  EXPECT_EQ(ParseId("17"), 17);
  for (const char* bad : {"", "0", "017", "-1", "1e3", "1 ", "abc", "9999999999999999999"}) {
    EXPECT_FALSE(ParseId(bad)) << bad;
  }
}

}  // namespace
}  // namespace faultline::serve
