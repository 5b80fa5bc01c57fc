import GradingSupport

// The student's lesson 07 as the checks call it: the same names as the stubs, answered by the
// driver built from the student's sources (Driver/Driver.swift), never loaded here.
func Softplus() -> RemoteActivation { RemoteActivation("Softplus") }
