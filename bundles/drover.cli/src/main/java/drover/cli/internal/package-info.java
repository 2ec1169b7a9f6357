/** Implementation of the command line: text layout of trees and tables, and the local demo cluster. */
package drover.cli.internal;
