set(MODULE_SOURCES
  publicholidays.h publicholidays.cpp
  timespans.h timespans.cpp
  clienttimezone.h clienttimezone.cpp
  coveragehours.h coveragehours.cpp
  greeting.h greeting.cpp
  oncall.h oncall.cpp
  ruleswords.h ruleswords.cpp)
