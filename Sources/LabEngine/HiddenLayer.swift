import ActivationCore

/// One hidden layer as the caller asks for it: its width and its activation.
///
/// `name` is what reports print (the catalog's kebab-case name, or anything descriptive);
/// `activation` is the function itself, so a student's Exercise, a Solution or a
/// `CustomActivation` all train the same way.
public struct HiddenLayer: Sendable {
    public var width: Int
    public var name: String
    public var activation: any Activation

    public init(width: Int, name: String, activation: any Activation) {
        self.width = width
        self.name = name
        self.activation = activation
    }
}
