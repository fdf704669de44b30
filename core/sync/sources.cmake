set(MODULE_SOURCES
  messagerow.h messagerow.cpp
  syncserverschema.h syncserverschema.cpp
  syncstatus.h syncstatus.cpp
  syncconflict.h
  syncledger.h syncledger.cpp
  syncengine.h syncengine.cpp
  syncworker.h syncworker.cpp)
