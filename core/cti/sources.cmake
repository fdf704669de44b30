set(MODULE_SOURCES callevent.h callevent.cpp ctisource.h ctisourcefactory.h simulatorsource.h
    simulatorsource.cpp amimessage.h amimessage.cpp amiparser.h amiparser.cpp amicalltracker.h amicalltracker.cpp amiclient.h amiclient.cpp amicallcontrol.h amicallcontrol.cpp callcontrol.h callcontrol.cpp dialingrules.h dialingrules.cpp ctisource.cpp ctisourcefactory.cpp)
