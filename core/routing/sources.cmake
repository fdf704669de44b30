set(MODULE_SOURCES
  pop.h
  callerhistory.h
  clientindex.h clientindex.cpp
  callrouter.h callrouter.cpp)
