set(MODULE_SOURCES
  transport.h
  smstext.h smstext.cpp
  messagelayout.h messagelayout.cpp
  mimemessage.h mimemessage.cpp
  emailtransport.h emailtransport.cpp
  bodytemplate.h bodytemplate.cpp
  smsgatewaytransport.h smsgatewaytransport.cpp
  deliverysettings.h deliverysettings.cpp
  transportfactory.h transportfactory.cpp)
