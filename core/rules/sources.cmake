set(MODULE_SOURCES
  publicholidays.h publicholidays.cpp
  timespans.h timespans.cpp
  clienttimezone.h clienttimezone.cpp
  coveragehours.h coveragehours.cpp
  greeting.h greeting.cpp
  oncall.h oncall.cpp
  ruleswords.h ruleswords.cpp
  keywordmatcher.h keywordmatcher.cpp rulesetmatcher.h rulesetmatcher.cpp urgencyengine.h urgencyengine.cpp filteringengine.h filteringengine.cpp)
