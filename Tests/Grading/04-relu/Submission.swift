import GradingSupport

// The student's lesson 04 as the checks call it: the same names as the stubs, answered by the
// driver built from the student's sources (Driver/Driver.swift), never loaded here.
func ReLU() -> RemoteActivation { RemoteActivation("ReLU") }
