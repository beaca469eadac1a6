"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports2) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports2.CommanderError = CommanderError2;
    exports2.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports2) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports2.Argument = Argument2;
    exports2.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports2) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width2) {
        if (width2 < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width2) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports2.Help = Help2;
    exports2.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports2) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports2.Option = Option2;
    exports2.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports2) {
    var maxDistance = 3;
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports2.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports2) {
    var EventEmitter = require("node:events").EventEmitter;
    var childProcess = require("node:child_process");
    var path = require("node:path");
    var fs = require("node:fs");
    var process2 = require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command3 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex2 = fn;
          fn = (val, def) => {
            const m = regex2.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key = this.options[i].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases2) {
        if (aliases2 === void 0) return this._aliases;
        aliases2.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path.basename(filename, path.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        if (path2 === void 0) return this._executableDir;
        this._executableDir = path2;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text2 = helper.formatHelp(this, helper);
        if (context.hasColors) return text2;
        return this._outputConfiguration.stripColor(text2);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text2) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text2 === "function") {
            helpStr = text2({ error: context.error, command: context.command });
          } else {
            helpStr = text2;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports2.Command = Command3;
    exports2.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports2) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command3 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports2.program = new Command3();
    exports2.createCommand = (name) => new Command3(name);
    exports2.createOption = (flags, description) => new Option2(flags, description);
    exports2.createArgument = (name, description) => new Argument2(name, description);
    exports2.Command = Command3;
    exports2.Option = Option2;
    exports2.Argument = Argument2;
    exports2.Help = Help2;
    exports2.CommanderError = CommanderError2;
    exports2.InvalidArgumentError = InvalidArgumentError2;
    exports2.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/esm.mjs
var import_index, program, createCommand, createArgument, createOption, CommanderError, InvalidArgumentError, InvalidOptionArgumentError, Command, Argument, Option, Help;
var init_esm = __esm({
  "node_modules/commander/esm.mjs"() {
    import_index = __toESM(require_commander(), 1);
    ({
      program,
      createCommand,
      createArgument,
      createOption,
      CommanderError,
      InvalidArgumentError,
      InvalidOptionArgumentError,
      Command: (
        // deprecated old name
        Command
      ),
      Argument,
      Option,
      Help
    } = import_index.default);
  }
});

// src/common/errors.ts
function errorCode(error) {
  const code = error?.code;
  return typeof code === "string" ? code : void 0;
}
function errorReason(error) {
  return errorCode(error) ?? (error instanceof Error ? error.message : String(error));
}
function showValue(value) {
  const shown = value.length > MAX_SHOWN_VALUE ? `${value.slice(0, MAX_SHOWN_VALUE)}\u2026` : value;
  return JSON.stringify(shown);
}
function maskUrl(text2) {
  return text2.replace(/(\/\/[^/:@\s]*:)\S*@/g, "$1***@");
}
function printable(text2) {
  return maskUrl(text2).replace(/\s*\n\s*/g, " ");
}
var UserError, MAX_SHOWN_VALUE;
var init_errors = __esm({
  "src/common/errors.ts"() {
    "use strict";
    UserError = class extends Error {
      name = "UserError";
    };
    MAX_SHOWN_VALUE = 80;
  }
});

// src/cli/exit-policy.ts
function warn(policy, message) {
  if (!policy.quiet) process.stderr.write(`openvpn-db-log: ${message}
`);
}
function setExitCode(policy, code) {
  process.exitCode = policy.zero ? 0 : code;
}
function reportFailure(policy, error) {
  warn(policy, oneLine(error));
  setExitCode(policy, EXIT_FAILURE);
}
function oneLine(error) {
  return printable(error instanceof UserError ? error.message : describeUnexpected(error));
}
function describeUnexpected(error) {
  if (error instanceof AggregateError && error.errors.length > 0) return describeUnexpected(error.errors[0]);
  if (error instanceof Error) {
    const code = error.code;
    return `${error.message || error.name}${typeof code === "string" && !error.message.includes(code) ? ` (${code})` : ""}`;
  }
  return String(error);
}
var EXIT_FAILURE;
var init_exit_policy = __esm({
  "src/cli/exit-policy.ts"() {
    "use strict";
    init_errors();
    EXIT_FAILURE = 100;
  }
});

// src/db/backend.ts
function parseBackend(name) {
  const backend = aliases[name.toLowerCase()];
  if (!backend) {
    throw new UserError(`invalid backend ${showValue(name)}: expected SQLite, Pg or mysql (also postgres, mariadb)`);
  }
  return backend;
}
var aliases;
var init_backend = __esm({
  "src/db/backend.ts"() {
    "use strict";
    init_errors();
    aliases = {
      sqlite: "sqlite",
      sqlite3: "sqlite",
      pg: "postgres",
      postgres: "postgres",
      postgresql: "postgres",
      mysql: "mysql",
      mariadb: "mysql"
    };
  }
});

// src/common/port.ts
function portExpectation(lowest) {
  return `a port number ${lowest}-65535`;
}
function parsePort(text2, lowest) {
  if (!/^[0-9]{1,5}$/.test(text2)) return null;
  const port2 = Number(text2);
  return port2 >= lowest && port2 <= 65535 ? port2 : null;
}
function requirePort(text2, what, lowest) {
  const port2 = parsePort(text2, lowest);
  if (port2 === null) throw new UserError(`invalid ${what} ${showValue(text2)}: expected ${portExpectation(lowest)}`);
  return port2;
}
var init_port = __esm({
  "src/common/port.ts"() {
    "use strict";
    init_errors();
  }
});

// src/db/connection-options.ts
function resolveConnection(flags, env, warn2) {
  const urlText = flags.url ?? (flags.backend === void 0 && flags.database === void 0 ? env[URL_ENV] : void 0);
  const options = urlText ? fromUrl(urlText) : emptyOptions("sqlite");
  if (flags.backend !== void 0) options.backend = parseBackend(flags.backend);
  for (const entry of flags.dsn ?? []) applyDsn(options, entry);
  if (flags.database !== void 0) options.database = flags.database;
  if (flags.host !== void 0) options.host = flags.host;
  if (flags.port !== void 0) options.port = requirePort(flags.port, "--port", 1);
  if (flags.user !== void 0) options.user = flags.user;
  if (flags.password !== void 0) options.password = flags.password;
  if (flags.credentials !== void 0) Object.assign(options, readCredentials(flags.credentials, warn2));
  if (flags.timeout !== void 0) options.timeoutSeconds = parseTimeout(flags.timeout);
  if (options.backend === "sqlite") options.database ??= DEFAULT_SQLITE_PATH;
  return options;
}
function emptyOptions(backend) {
  return {
    backend,
    database: void 0,
    host: void 0,
    port: void 0,
    user: void 0,
    password: void 0,
    driverOptions: {},
    timeoutSeconds: DEFAULT_TIMEOUT_SECONDS
  };
}
function fromUrl(text2) {
  let url;
  try {
    url = new URL(text2);
  } catch {
    throw new UserError(`invalid database URL ${showValue(maskUrl(text2))}: expected sqlite:/path, postgres://\u2026 or mysql://\u2026`);
  }
  const options = emptyOptions(parseBackend(url.protocol.slice(0, -1)));
  if (options.backend === "sqlite") {
    options.database = decodeURIComponent(url.host ? `${url.host}${url.pathname}` : url.pathname);
    return options;
  }
  if (url.hostname) options.host = url.hostname.replace(/^\[|\]$/g, "");
  if (url.port) options.port = requirePort(url.port, "URL port", 1);
  if (url.username) options.user = decodeURIComponent(url.username);
  if (url.password) options.password = decodeURIComponent(url.password);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ""));
  if (database) options.database = database;
  for (const [key, value] of url.searchParams) options.driverOptions[key] = value;
  return options;
}
function applyDsn(options, entry) {
  const equals = entry.indexOf("=");
  if (equals <= 0) throw new UserError(`invalid --dsn ${showValue(entry)}: expected key=value`);
  const key = entry.slice(0, equals).trim().toLowerCase();
  const value = entry.slice(equals + 1);
  switch (key) {
    case "database":
    case "dbname":
    case "db":
      options.database = value;
      return;
    case "host":
      options.host = value;
      return;
    case "port":
      options.port = requirePort(value, "--dsn port", 1);
      return;
    case "user":
    case "password":
      throw new UserError(`invalid --dsn ${key}=\u2026: give credentials with -u/-p or a --credentials file`);
    default:
      options.driverOptions[key] = value;
  }
}
function parseTimeout(text2) {
  const seconds = Number(text2);
  if (!/^[0-9]+(\.[0-9]+)?$/.test(text2) || seconds <= 0 || seconds > 3600) {
    throw new UserError(`invalid --timeout ${showValue(text2)}: expected seconds, more than 0 and at most 3600`);
  }
  return seconds;
}
function readCredentials(path, warn2) {
  let text2;
  try {
    text2 = (0, import_node_fs.readFileSync)(path, "utf8");
    if (((0, import_node_fs.statSync)(path).mode & 63) !== 0) {
      warn2(`warning: credentials file ${path} is readable by group or others; chmod 600 it`);
    }
  } catch (error) {
    throw new UserError(`cannot read credentials file ${path}: ${errorReason(error)}`);
  }
  const [user, password] = text2.split(/\r?\n/);
  if (user === void 0 || password === void 0) {
    throw new UserError(`invalid credentials file ${path}: expected the user on line 1 and the password on line 2`);
  }
  return { user, password };
}
function describeTarget(options) {
  if (options.backend === "sqlite") return `sqlite:${options.database ?? ""}`;
  const user = options.user ? `${encodeURIComponent(options.user)}@` : "";
  const host = options.host ?? "localhost";
  const port2 = options.port ? `:${options.port}` : "";
  return `${options.backend}://${user}${host.includes(":") ? `[${host}]` : host}${port2}/${options.database ?? ""}`;
}
var import_node_fs, DEFAULT_SQLITE_PATH, DEFAULT_TIMEOUT_SECONDS, URL_ENV;
var init_connection_options = __esm({
  "src/db/connection-options.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    init_errors();
    init_backend();
    init_port();
    DEFAULT_SQLITE_PATH = "/var/lib/openvpn-db-log/openvpn-db-log.sqlite";
    DEFAULT_TIMEOUT_SECONDS = 5;
    URL_ENV = "OPENVPN_DB_LOG_URL";
  }
});

// src/cli/options.ts
function addDatabaseOptions(command) {
  return command.option("-b, --backend <name>", "SQLite | Pg | mysql (also postgres, mariadb); default SQLite").option("-d, --database <name>", "database name, or the SQLite file").addOption(new Option("--db <name>").hideHelp()).option("-H, --host <host>", "database host").option("-t, --port <port>", "database port").option("-u, --user <user>", "database user").option("-p, --password <password>", "database password (visible in ps: prefer -c)").addOption(new Option("--pass <password>").hideHelp()).option("-c, --credentials <file>", "file with the user on line 1 and the password on line 2").addOption(new Option("--creds <file>").hideHelp()).option("--dsn <key=value>", "database setting: database, host, port or a driver option (repeatable)", collect).option("--env <VAR=value>", "set an environment variable before connecting (repeatable)", collect).option("--url <url>", `sqlite:/path, postgres://user@host/db or mysql://user@host/db (or $${URL_ENV})`).option("--timeout <seconds>", `give up connecting and querying after this long (default ${DEFAULT_TIMEOUT_SECONDS})`);
}
function addInstanceOptions(command) {
  return command.option("-n, --instance-name <name>", "instance name (up to 64 characters)", "").option("-r, --instance-proto <proto>", "instance protocol (up to 10 characters)", "").option("-o, --instance-port <port>", "instance port (0-65535)", "0");
}
function addExitOptions(command) {
  return command.option("-q, --quiet", "print no errors (the exit code is unchanged)").option("-z, --zero", "always exit with code 0");
}
function databaseFlags(raw) {
  const flags = { dsn: raw.dsn ?? [] };
  const set = (key, value) => {
    if (value !== void 0) flags[key] = value;
  };
  set("backend", raw.backend);
  set("database", raw.database ?? raw.db);
  set("host", raw.host);
  set("port", raw.port);
  set("user", raw.user);
  set("password", raw.password ?? raw.pass);
  set("credentials", raw.credentials ?? raw.creds);
  set("url", raw.url);
  set("timeout", raw.timeout);
  return flags;
}
function applyEnvOptions(entries) {
  for (const entry of entries ?? []) {
    const equals = entry.indexOf("=");
    if (equals <= 0) throw new UserError(`invalid --env ${showValue(entry)}: expected VAR=value`);
    process.env[entry.slice(0, equals)] = entry.slice(equals + 1);
  }
}
function exitPolicy(raw) {
  return { quiet: raw.quiet === true, zero: raw.zero === true };
}
function positiveInteger(name) {
  return (value) => {
    if (!/^[0-9]+$/.test(value)) throw new InvalidArgumentError(`${name} must be a non-negative integer`);
    return Number(value);
  };
}
var collect;
var init_options = __esm({
  "src/cli/options.ts"() {
    "use strict";
    init_esm();
    init_errors();
    init_connection_options();
    collect = (value, previous = []) => [...previous, value];
  }
});

// src/sessions/session.ts
function instanceFrom(raw) {
  if ([...raw.instanceName].length > 64) {
    throw new UserError(`invalid --instance-name ${showValue(raw.instanceName)}: expected at most 64 characters`);
  }
  if ([...raw.instanceProto].length > 10) {
    throw new UserError(`invalid --instance-proto ${showValue(raw.instanceProto)}: expected at most 10 characters`);
  }
  const port2 = requirePort(raw.instancePort, "--instance-port", 0);
  return { name: raw.instanceName, protocol: raw.instanceProto, port: port2 };
}
var init_session = __esm({
  "src/sessions/session.ts"() {
    "use strict";
    init_errors();
    init_port();
  }
});

// node_modules/kysely/dist/esm/util/object-utils.js
function isUndefined(obj) {
  return typeof obj === "undefined" || obj === void 0;
}
function isString(obj) {
  return typeof obj === "string";
}
function isNumber(obj) {
  return typeof obj === "number";
}
function isBoolean(obj) {
  return typeof obj === "boolean";
}
function isNull(obj) {
  return obj === null;
}
function isDate(obj) {
  return obj instanceof Date;
}
function isBigInt(obj) {
  return typeof obj === "bigint";
}
function isBuffer(obj) {
  return typeof Buffer !== "undefined" && Buffer.isBuffer(obj);
}
function isFunction(obj) {
  return typeof obj === "function";
}
function isObject(obj) {
  return typeof obj === "object" && obj !== null;
}
function getLast(arr) {
  return arr[arr.length - 1];
}
function freeze(obj) {
  return Object.freeze(obj);
}
function asArray(arg) {
  if (isReadonlyArray(arg)) {
    return arg;
  } else {
    return [arg];
  }
}
function isReadonlyArray(arg) {
  return Array.isArray(arg);
}
function noop(obj) {
  return obj;
}
var init_object_utils = __esm({
  "node_modules/kysely/dist/esm/util/object-utils.js"() {
  }
});

// node_modules/kysely/dist/esm/operation-node/alter-table-node.js
var AlterTableNode;
var init_alter_table_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/alter-table-node.js"() {
    init_object_utils();
    AlterTableNode = freeze({
      is(node) {
        return node.kind === "AlterTableNode";
      },
      create(table) {
        return freeze({
          kind: "AlterTableNode",
          table
        });
      },
      cloneWithTableProps(node, props) {
        return freeze({
          ...node,
          ...props
        });
      },
      cloneWithColumnAlteration(node, columnAlteration) {
        return freeze({
          ...node,
          columnAlterations: node.columnAlterations ? [...node.columnAlterations, columnAlteration] : [columnAlteration]
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/identifier-node.js
var IdentifierNode;
var init_identifier_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/identifier-node.js"() {
    init_object_utils();
    IdentifierNode = freeze({
      is(node) {
        return node.kind === "IdentifierNode";
      },
      create(name) {
        return freeze({
          kind: "IdentifierNode",
          name
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/create-index-node.js
var CreateIndexNode;
var init_create_index_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/create-index-node.js"() {
    init_object_utils();
    init_identifier_node();
    CreateIndexNode = freeze({
      is(node) {
        return node.kind === "CreateIndexNode";
      },
      create(name) {
        return freeze({
          kind: "CreateIndexNode",
          name: IdentifierNode.create(name)
        });
      },
      cloneWith(node, props) {
        return freeze({
          ...node,
          ...props
        });
      },
      cloneWithColumns(node, columns) {
        return freeze({
          ...node,
          columns: [...node.columns || [], ...columns]
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/create-schema-node.js
var CreateSchemaNode;
var init_create_schema_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/create-schema-node.js"() {
    init_object_utils();
    init_identifier_node();
    CreateSchemaNode = freeze({
      is(node) {
        return node.kind === "CreateSchemaNode";
      },
      create(schema, params) {
        return freeze({
          kind: "CreateSchemaNode",
          schema: IdentifierNode.create(schema),
          ...params
        });
      },
      cloneWith(createSchema, params) {
        return freeze({
          ...createSchema,
          ...params
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/create-table-node.js
var ON_COMMIT_ACTIONS, CreateTableNode;
var init_create_table_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/create-table-node.js"() {
    init_object_utils();
    ON_COMMIT_ACTIONS = ["preserve rows", "delete rows", "drop"];
    CreateTableNode = freeze({
      is(node) {
        return node.kind === "CreateTableNode";
      },
      create(table) {
        return freeze({
          kind: "CreateTableNode",
          table,
          columns: freeze([])
        });
      },
      cloneWithColumn(createTable, column) {
        return freeze({
          ...createTable,
          columns: freeze([...createTable.columns, column])
        });
      },
      cloneWithConstraint(createTable, constraint) {
        return freeze({
          ...createTable,
          constraints: createTable.constraints ? freeze([...createTable.constraints, constraint]) : freeze([constraint])
        });
      },
      cloneWithFrontModifier(createTable, modifier) {
        return freeze({
          ...createTable,
          frontModifiers: createTable.frontModifiers ? freeze([...createTable.frontModifiers, modifier]) : freeze([modifier])
        });
      },
      cloneWithEndModifier(createTable, modifier) {
        return freeze({
          ...createTable,
          endModifiers: createTable.endModifiers ? freeze([...createTable.endModifiers, modifier]) : freeze([modifier])
        });
      },
      cloneWith(createTable, params) {
        return freeze({
          ...createTable,
          ...params
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/schemable-identifier-node.js
var SchemableIdentifierNode;
var init_schemable_identifier_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/schemable-identifier-node.js"() {
    init_object_utils();
    init_identifier_node();
    SchemableIdentifierNode = freeze({
      is(node) {
        return node.kind === "SchemableIdentifierNode";
      },
      create(identifier) {
        return freeze({
          kind: "SchemableIdentifierNode",
          identifier: IdentifierNode.create(identifier)
        });
      },
      createWithSchema(schema, identifier) {
        return freeze({
          kind: "SchemableIdentifierNode",
          schema: IdentifierNode.create(schema),
          identifier: IdentifierNode.create(identifier)
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/drop-index-node.js
var DropIndexNode;
var init_drop_index_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/drop-index-node.js"() {
    init_object_utils();
    init_schemable_identifier_node();
    DropIndexNode = freeze({
      is(node) {
        return node.kind === "DropIndexNode";
      },
      create(name, params) {
        return freeze({
          kind: "DropIndexNode",
          name: SchemableIdentifierNode.create(name),
          ...params
        });
      },
      cloneWith(dropIndex, props) {
        return freeze({
          ...dropIndex,
          ...props
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/drop-schema-node.js
var DropSchemaNode;
var init_drop_schema_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/drop-schema-node.js"() {
    init_object_utils();
    init_identifier_node();
    DropSchemaNode = freeze({
      is(node) {
        return node.kind === "DropSchemaNode";
      },
      create(schema, params) {
        return freeze({
          kind: "DropSchemaNode",
          schema: IdentifierNode.create(schema),
          ...params
        });
      },
      cloneWith(dropSchema, params) {
        return freeze({
          ...dropSchema,
          ...params
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/drop-table-node.js
var DropTableNode;
var init_drop_table_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/drop-table-node.js"() {
    init_object_utils();
    DropTableNode = freeze({
      is(node) {
        return node.kind === "DropTableNode";
      },
      create(table, params) {
        return freeze({
          kind: "DropTableNode",
          table,
          ...params
        });
      },
      cloneWith(dropIndex, params) {
        return freeze({
          ...dropIndex,
          ...params
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/alias-node.js
var AliasNode;
var init_alias_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/alias-node.js"() {
    init_object_utils();
    AliasNode = freeze({
      is(node) {
        return node.kind === "AliasNode";
      },
      create(node, alias) {
        return freeze({
          kind: "AliasNode",
          node,
          alias
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/table-node.js
var TableNode;
var init_table_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/table-node.js"() {
    init_object_utils();
    init_schemable_identifier_node();
    TableNode = freeze({
      is(node) {
        return node.kind === "TableNode";
      },
      create(table) {
        return freeze({
          kind: "TableNode",
          table: SchemableIdentifierNode.create(table)
        });
      },
      createWithSchema(schema, table) {
        return freeze({
          kind: "TableNode",
          table: SchemableIdentifierNode.createWithSchema(schema, table)
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/operation-node-source.js
function isOperationNodeSource(obj) {
  return isObject(obj) && isFunction(obj.toOperationNode);
}
var init_operation_node_source = __esm({
  "node_modules/kysely/dist/esm/operation-node/operation-node-source.js"() {
    init_object_utils();
  }
});

// node_modules/kysely/dist/esm/expression/expression.js
function isExpression(obj) {
  return isObject(obj) && "expressionType" in obj && isOperationNodeSource(obj);
}
function isAliasedExpression(obj) {
  return isObject(obj) && "expression" in obj && isString(obj.alias) && isOperationNodeSource(obj);
}
var init_expression = __esm({
  "node_modules/kysely/dist/esm/expression/expression.js"() {
    init_operation_node_source();
    init_object_utils();
  }
});

// node_modules/kysely/dist/esm/operation-node/select-modifier-node.js
var SelectModifierNode;
var init_select_modifier_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/select-modifier-node.js"() {
    init_object_utils();
    SelectModifierNode = freeze({
      is(node) {
        return node.kind === "SelectModifierNode";
      },
      create(modifier, of) {
        return freeze({
          kind: "SelectModifierNode",
          modifier,
          of
        });
      },
      createWithExpression(modifier) {
        return freeze({
          kind: "SelectModifierNode",
          rawModifier: modifier
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/and-node.js
var AndNode;
var init_and_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/and-node.js"() {
    init_object_utils();
    AndNode = freeze({
      is(node) {
        return node.kind === "AndNode";
      },
      create(left, right) {
        return freeze({
          kind: "AndNode",
          left,
          right
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/or-node.js
var OrNode;
var init_or_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/or-node.js"() {
    init_object_utils();
    OrNode = freeze({
      is(node) {
        return node.kind === "OrNode";
      },
      create(left, right) {
        return freeze({
          kind: "OrNode",
          left,
          right
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/on-node.js
var OnNode;
var init_on_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/on-node.js"() {
    init_object_utils();
    init_and_node();
    init_or_node();
    OnNode = freeze({
      is(node) {
        return node.kind === "OnNode";
      },
      create(filter) {
        return freeze({
          kind: "OnNode",
          on: filter
        });
      },
      cloneWithOperation(onNode, operator, operation) {
        return freeze({
          ...onNode,
          on: operator === "And" ? AndNode.create(onNode.on, operation) : OrNode.create(onNode.on, operation)
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/join-node.js
var JoinNode;
var init_join_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/join-node.js"() {
    init_object_utils();
    init_on_node();
    JoinNode = freeze({
      is(node) {
        return node.kind === "JoinNode";
      },
      create(joinType, table) {
        return freeze({
          kind: "JoinNode",
          joinType,
          table,
          on: void 0
        });
      },
      createWithOn(joinType, table, on) {
        return freeze({
          kind: "JoinNode",
          joinType,
          table,
          on: OnNode.create(on)
        });
      },
      cloneWithOn(joinNode, operation) {
        return freeze({
          ...joinNode,
          on: joinNode.on ? OnNode.cloneWithOperation(joinNode.on, "And", operation) : OnNode.create(operation)
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/binary-operation-node.js
var BinaryOperationNode;
var init_binary_operation_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/binary-operation-node.js"() {
    init_object_utils();
    BinaryOperationNode = freeze({
      is(node) {
        return node.kind === "BinaryOperationNode";
      },
      create(leftOperand, operator, rightOperand) {
        return freeze({
          kind: "BinaryOperationNode",
          leftOperand,
          operator,
          rightOperand
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/operator-node.js
function isJSONOperator(op) {
  return isString(op) && JSON_OPERATORS.includes(op);
}
var COMPARISON_OPERATORS, ARITHMETIC_OPERATORS, JSON_OPERATORS, BINARY_OPERATORS, UNARY_FILTER_OPERATORS, UNARY_OPERATORS, OPERATORS, OperatorNode;
var init_operator_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/operator-node.js"() {
    init_object_utils();
    COMPARISON_OPERATORS = [
      "=",
      "==",
      "!=",
      "<>",
      ">",
      ">=",
      "<",
      "<=",
      "in",
      "not in",
      "is",
      "is not",
      "like",
      "not like",
      "match",
      "ilike",
      "not ilike",
      "@>",
      "<@",
      "^@",
      "&&",
      "?",
      "?&",
      "?|",
      "!<",
      "!>",
      "<=>",
      "!~",
      "~",
      "~*",
      "!~*",
      "@@",
      "@@@",
      "!!",
      "<->",
      "regexp",
      "is distinct from",
      "is not distinct from"
    ];
    ARITHMETIC_OPERATORS = [
      "+",
      "-",
      "*",
      "/",
      "%",
      "^",
      "&",
      "|",
      "#",
      "<<",
      ">>"
    ];
    JSON_OPERATORS = ["->", "->>"];
    BINARY_OPERATORS = [
      ...COMPARISON_OPERATORS,
      ...ARITHMETIC_OPERATORS,
      "&&",
      "||"
    ];
    UNARY_FILTER_OPERATORS = ["exists", "not exists"];
    UNARY_OPERATORS = ["not", "-", ...UNARY_FILTER_OPERATORS];
    OPERATORS = [
      ...BINARY_OPERATORS,
      ...JSON_OPERATORS,
      ...UNARY_OPERATORS,
      "between",
      "between symmetric"
    ];
    OperatorNode = freeze({
      is(node) {
        return node.kind === "OperatorNode";
      },
      create(operator) {
        return freeze({
          kind: "OperatorNode",
          operator
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/column-node.js
var ColumnNode;
var init_column_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/column-node.js"() {
    init_object_utils();
    init_identifier_node();
    ColumnNode = freeze({
      is(node) {
        return node.kind === "ColumnNode";
      },
      create(column) {
        return freeze({
          kind: "ColumnNode",
          column: IdentifierNode.create(column)
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/select-all-node.js
var SelectAllNode;
var init_select_all_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/select-all-node.js"() {
    init_object_utils();
    SelectAllNode = freeze({
      is(node) {
        return node.kind === "SelectAllNode";
      },
      create() {
        return freeze({
          kind: "SelectAllNode"
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/reference-node.js
var ReferenceNode;
var init_reference_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/reference-node.js"() {
    init_select_all_node();
    init_object_utils();
    ReferenceNode = freeze({
      is(node) {
        return node.kind === "ReferenceNode";
      },
      create(column, table) {
        return freeze({
          kind: "ReferenceNode",
          table,
          column
        });
      },
      createSelectAll(table) {
        return freeze({
          kind: "ReferenceNode",
          table,
          column: SelectAllNode.create()
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/dynamic/dynamic-reference-builder.js
function isDynamicReferenceBuilder(obj) {
  return isObject(obj) && isOperationNodeSource(obj) && isString(obj.dynamicReference);
}
var DynamicReferenceBuilder;
var init_dynamic_reference_builder = __esm({
  "node_modules/kysely/dist/esm/dynamic/dynamic-reference-builder.js"() {
    init_operation_node_source();
    init_reference_parser();
    init_object_utils();
    DynamicReferenceBuilder = class {
      #dynamicReference;
      get dynamicReference() {
        return this.#dynamicReference;
      }
      /**
       * @private
       *
       * This needs to be here just so that the typings work. Without this
       * the generated .d.ts file contains no reference to the type param R
       * which causes this type to be equal to DynamicReferenceBuilder with
       * any R.
       */
      get refType() {
        return void 0;
      }
      constructor(reference) {
        this.#dynamicReference = reference;
      }
      toOperationNode() {
        return parseSimpleReferenceExpression(this.#dynamicReference);
      }
    };
  }
});

// node_modules/kysely/dist/esm/operation-node/order-by-item-node.js
var OrderByItemNode;
var init_order_by_item_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/order-by-item-node.js"() {
    init_object_utils();
    OrderByItemNode = freeze({
      is(node) {
        return node.kind === "OrderByItemNode";
      },
      create(orderBy, direction) {
        return freeze({
          kind: "OrderByItemNode",
          orderBy,
          direction
        });
      },
      cloneWith(node, props) {
        return freeze({
          ...node,
          ...props
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/raw-node.js
var RawNode;
var init_raw_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/raw-node.js"() {
    init_object_utils();
    RawNode = freeze({
      is(node) {
        return node.kind === "RawNode";
      },
      create(sqlFragments, parameters) {
        return freeze({
          kind: "RawNode",
          sqlFragments: freeze(sqlFragments),
          parameters: freeze(parameters)
        });
      },
      createWithSql(sql2) {
        return RawNode.create([sql2], []);
      },
      createWithChild(child) {
        return RawNode.create(["", ""], [child]);
      },
      createWithChildren(children) {
        return RawNode.create(new Array(children.length + 1).fill(""), children);
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/collate-node.js
var CollateNode;
var init_collate_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/collate-node.js"() {
    init_object_utils();
    init_identifier_node();
    CollateNode = freeze({
      is(node) {
        return node.kind === "CollateNode";
      },
      create(collation) {
        return freeze({
          kind: "CollateNode",
          collation: IdentifierNode.create(collation)
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/query-builder/order-by-item-builder.js
var OrderByItemBuilder;
var init_order_by_item_builder = __esm({
  "node_modules/kysely/dist/esm/query-builder/order-by-item-builder.js"() {
    init_collate_node();
    init_order_by_item_node();
    init_raw_node();
    init_object_utils();
    OrderByItemBuilder = class _OrderByItemBuilder {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      /**
       * Adds `desc` to the `order by` item.
       *
       * See {@link asc} for the opposite.
       */
      desc() {
        return new _OrderByItemBuilder({
          node: OrderByItemNode.cloneWith(this.#props.node, {
            direction: RawNode.createWithSql("desc")
          })
        });
      }
      /**
       * Adds `asc` to the `order by` item.
       *
       * See {@link desc} for the opposite.
       */
      asc() {
        return new _OrderByItemBuilder({
          node: OrderByItemNode.cloneWith(this.#props.node, {
            direction: RawNode.createWithSql("asc")
          })
        });
      }
      /**
       * Adds `nulls last` to the `order by` item.
       *
       * This is only supported by some dialects like PostgreSQL and SQLite.
       *
       * See {@link nullsFirst} for the opposite.
       */
      nullsLast() {
        return new _OrderByItemBuilder({
          node: OrderByItemNode.cloneWith(this.#props.node, { nulls: "last" })
        });
      }
      /**
       * Adds `nulls first` to the `order by` item.
       *
       * This is only supported by some dialects like PostgreSQL and SQLite.
       *
       * See {@link nullsLast} for the opposite.
       */
      nullsFirst() {
        return new _OrderByItemBuilder({
          node: OrderByItemNode.cloneWith(this.#props.node, { nulls: "first" })
        });
      }
      /**
       * Adds `collate <collationName>` to the `order by` item.
       */
      collate(collation) {
        return new _OrderByItemBuilder({
          node: OrderByItemNode.cloneWith(this.#props.node, {
            collation: CollateNode.create(collation)
          })
        });
      }
      toOperationNode() {
        return this.#props.node;
      }
    };
  }
});

// node_modules/kysely/dist/esm/util/log-once.js
function logOnce(message) {
  if (LOGGED_MESSAGES.has(message)) {
    return;
  }
  LOGGED_MESSAGES.add(message);
  console.log(message);
}
var LOGGED_MESSAGES;
var init_log_once = __esm({
  "node_modules/kysely/dist/esm/util/log-once.js"() {
    LOGGED_MESSAGES = /* @__PURE__ */ new Set();
  }
});

// node_modules/kysely/dist/esm/parser/order-by-parser.js
function isOrderByDirection(thing) {
  return thing === "asc" || thing === "desc";
}
function parseOrderBy(args) {
  if (args.length === 2) {
    return [parseOrderByItem(args[0], args[1])];
  }
  if (args.length === 1) {
    const [orderBy] = args;
    if (Array.isArray(orderBy)) {
      logOnce("orderBy(array) is deprecated, use multiple orderBy calls instead.");
      return orderBy.map((item) => parseOrderByItem(item));
    }
    return [parseOrderByItem(orderBy)];
  }
  throw new Error(`Invalid number of arguments at order by! expected 1-2, received ${args.length}`);
}
function parseOrderByItem(expr, modifiers) {
  const parsedRef = parseOrderByExpression(expr);
  if (OrderByItemNode.is(parsedRef)) {
    if (modifiers) {
      throw new Error("Cannot specify direction twice!");
    }
    return parsedRef;
  }
  return parseOrderByWithModifiers(parsedRef, modifiers);
}
function parseOrderByExpression(expr) {
  if (isExpressionOrFactory(expr)) {
    return parseExpression(expr);
  }
  if (isDynamicReferenceBuilder(expr)) {
    return expr.toOperationNode();
  }
  const [ref, direction] = expr.split(" ");
  if (direction) {
    logOnce("`orderBy('column asc')` is deprecated. Use `orderBy('column', 'asc')` instead.");
    return parseOrderByWithModifiers(parseStringReference(ref), direction);
  }
  return parseStringReference(expr);
}
function parseOrderByWithModifiers(expr, modifiers) {
  if (typeof modifiers === "string") {
    if (!isOrderByDirection(modifiers)) {
      throw new Error(`Invalid order by direction: ${modifiers}`);
    }
    return OrderByItemNode.create(expr, RawNode.createWithSql(modifiers));
  }
  if (isExpression(modifiers)) {
    logOnce("`orderBy(..., expr)` is deprecated. Use `orderBy(..., 'asc')` or `orderBy(..., (ob) => ...)` instead.");
    return OrderByItemNode.create(expr, modifiers.toOperationNode());
  }
  const node = OrderByItemNode.create(expr);
  if (!modifiers) {
    return node;
  }
  return modifiers(new OrderByItemBuilder({ node })).toOperationNode();
}
var init_order_by_parser = __esm({
  "node_modules/kysely/dist/esm/parser/order-by-parser.js"() {
    init_dynamic_reference_builder();
    init_expression();
    init_order_by_item_node();
    init_raw_node();
    init_order_by_item_builder();
    init_log_once();
    init_expression_parser();
    init_reference_parser();
  }
});

// node_modules/kysely/dist/esm/operation-node/json-reference-node.js
var JSONReferenceNode;
var init_json_reference_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/json-reference-node.js"() {
    init_object_utils();
    JSONReferenceNode = freeze({
      is(node) {
        return node.kind === "JSONReferenceNode";
      },
      create(reference, traversal) {
        return freeze({
          kind: "JSONReferenceNode",
          reference,
          traversal
        });
      },
      cloneWithTraversal(node, traversal) {
        return freeze({
          ...node,
          traversal
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/json-operator-chain-node.js
var JSONOperatorChainNode;
var init_json_operator_chain_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/json-operator-chain-node.js"() {
    init_object_utils();
    JSONOperatorChainNode = freeze({
      is(node) {
        return node.kind === "JSONOperatorChainNode";
      },
      create(operator) {
        return freeze({
          kind: "JSONOperatorChainNode",
          operator,
          values: freeze([])
        });
      },
      cloneWithValue(node, value) {
        return freeze({
          ...node,
          values: freeze([...node.values, value])
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/json-path-node.js
var JSONPathNode;
var init_json_path_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/json-path-node.js"() {
    init_object_utils();
    JSONPathNode = freeze({
      is(node) {
        return node.kind === "JSONPathNode";
      },
      create(inOperator) {
        return freeze({
          kind: "JSONPathNode",
          inOperator,
          pathLegs: freeze([])
        });
      },
      cloneWithLeg(jsonPathNode, pathLeg) {
        return freeze({
          ...jsonPathNode,
          pathLegs: freeze([...jsonPathNode.pathLegs, pathLeg])
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/parser/reference-parser.js
function parseSimpleReferenceExpression(exp) {
  if (isString(exp)) {
    return parseStringReference(exp);
  }
  return exp.toOperationNode();
}
function parseReferenceExpressionOrList(arg) {
  if (isReadonlyArray(arg)) {
    return arg.map((it) => parseReferenceExpression(it));
  } else {
    return [parseReferenceExpression(arg)];
  }
}
function parseReferenceExpression(exp) {
  if (isExpressionOrFactory(exp)) {
    return parseExpression(exp);
  }
  return parseSimpleReferenceExpression(exp);
}
function parseJSONReference(ref, op) {
  const referenceNode = parseStringReference(ref);
  if (isJSONOperator(op)) {
    return JSONReferenceNode.create(referenceNode, JSONOperatorChainNode.create(OperatorNode.create(op)));
  }
  const opWithoutLastChar = op.slice(0, -1);
  if (isJSONOperator(opWithoutLastChar)) {
    return JSONReferenceNode.create(referenceNode, JSONPathNode.create(OperatorNode.create(opWithoutLastChar)));
  }
  throw new Error(`Invalid JSON operator: ${op}`);
}
function parseStringReference(ref) {
  const COLUMN_SEPARATOR = ".";
  if (!ref.includes(COLUMN_SEPARATOR)) {
    return ReferenceNode.create(ColumnNode.create(ref));
  }
  const parts = ref.split(COLUMN_SEPARATOR).map(trim);
  if (parts.length === 3) {
    return parseStringReferenceWithTableAndSchema(parts);
  }
  if (parts.length === 2) {
    return parseStringReferenceWithTable(parts);
  }
  throw new Error(`invalid column reference ${ref}`);
}
function parseAliasedStringReference(ref) {
  const ALIAS_SEPARATOR = " as ";
  if (ref.includes(ALIAS_SEPARATOR)) {
    const [columnRef, alias] = ref.split(ALIAS_SEPARATOR).map(trim);
    return AliasNode.create(parseStringReference(columnRef), IdentifierNode.create(alias));
  } else {
    return parseStringReference(ref);
  }
}
function parseColumnName(column) {
  return ColumnNode.create(column);
}
function parseOrderedColumnName(column) {
  const ORDER_SEPARATOR = " ";
  if (column.includes(ORDER_SEPARATOR)) {
    const [columnName, order] = column.split(ORDER_SEPARATOR).map(trim);
    if (!isOrderByDirection(order)) {
      throw new Error(`invalid order direction "${order}" next to "${columnName}"`);
    }
    return parseOrderBy([columnName, order])[0];
  } else {
    return parseColumnName(column);
  }
}
function parseStringReferenceWithTableAndSchema(parts) {
  const [schema, table, column] = parts;
  return ReferenceNode.create(ColumnNode.create(column), TableNode.createWithSchema(schema, table));
}
function parseStringReferenceWithTable(parts) {
  const [table, column] = parts;
  return ReferenceNode.create(ColumnNode.create(column), TableNode.create(table));
}
function trim(str) {
  return str.trim();
}
var init_reference_parser = __esm({
  "node_modules/kysely/dist/esm/parser/reference-parser.js"() {
    init_alias_node();
    init_column_node();
    init_reference_node();
    init_table_node();
    init_object_utils();
    init_expression_parser();
    init_identifier_node();
    init_order_by_parser();
    init_operator_node();
    init_json_reference_node();
    init_json_operator_chain_node();
    init_json_path_node();
  }
});

// node_modules/kysely/dist/esm/operation-node/primitive-value-list-node.js
var PrimitiveValueListNode;
var init_primitive_value_list_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/primitive-value-list-node.js"() {
    init_object_utils();
    PrimitiveValueListNode = freeze({
      is(node) {
        return node.kind === "PrimitiveValueListNode";
      },
      create(values) {
        return freeze({
          kind: "PrimitiveValueListNode",
          values: freeze([...values])
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/value-list-node.js
var ValueListNode;
var init_value_list_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/value-list-node.js"() {
    init_object_utils();
    ValueListNode = freeze({
      is(node) {
        return node.kind === "ValueListNode";
      },
      create(values) {
        return freeze({
          kind: "ValueListNode",
          values: freeze(values)
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/value-node.js
var ValueNode;
var init_value_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/value-node.js"() {
    init_object_utils();
    ValueNode = freeze({
      is(node) {
        return node.kind === "ValueNode";
      },
      create(value) {
        return freeze({
          kind: "ValueNode",
          value
        });
      },
      createImmediate(value) {
        return freeze({
          kind: "ValueNode",
          value,
          immediate: true
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/parser/value-parser.js
function parseValueExpressionOrList(arg) {
  if (isReadonlyArray(arg)) {
    return parseValueExpressionList(arg);
  }
  return parseValueExpression(arg);
}
function parseValueExpression(exp) {
  if (isExpressionOrFactory(exp)) {
    return parseExpression(exp);
  }
  return ValueNode.create(exp);
}
function isSafeImmediateValue(value) {
  return isNumber(value) || isBoolean(value) || isNull(value);
}
function parseSafeImmediateValue(value) {
  if (!isSafeImmediateValue(value)) {
    throw new Error(`unsafe immediate value ${JSON.stringify(value)}`);
  }
  return ValueNode.createImmediate(value);
}
function parseValueExpressionList(arg) {
  if (arg.some(isExpressionOrFactory)) {
    return ValueListNode.create(arg.map((it) => parseValueExpression(it)));
  }
  return PrimitiveValueListNode.create(arg);
}
var init_value_parser = __esm({
  "node_modules/kysely/dist/esm/parser/value-parser.js"() {
    init_primitive_value_list_node();
    init_value_list_node();
    init_value_node();
    init_object_utils();
    init_expression_parser();
  }
});

// node_modules/kysely/dist/esm/operation-node/parens-node.js
var ParensNode;
var init_parens_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/parens-node.js"() {
    init_object_utils();
    ParensNode = freeze({
      is(node) {
        return node.kind === "ParensNode";
      },
      create(node) {
        return freeze({
          kind: "ParensNode",
          node
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/parser/binary-operation-parser.js
function parseValueBinaryOperationOrExpression(args) {
  if (args.length === 3) {
    return parseValueBinaryOperation(args[0], args[1], args[2]);
  } else if (args.length === 1) {
    return parseValueExpression(args[0]);
  }
  throw new Error(`invalid arguments: ${JSON.stringify(args)}`);
}
function parseValueBinaryOperation(left, operator, right) {
  if (isIsOperator(operator) && needsIsOperator(right)) {
    return BinaryOperationNode.create(parseReferenceExpression(left), parseOperator(operator), ValueNode.createImmediate(right));
  }
  return BinaryOperationNode.create(parseReferenceExpression(left), parseOperator(operator), parseValueExpressionOrList(right));
}
function parseReferentialBinaryOperation(left, operator, right) {
  return BinaryOperationNode.create(parseReferenceExpression(left), parseOperator(operator), parseReferenceExpression(right));
}
function parseFilterObject(obj, combinator) {
  return parseFilterList(Object.entries(obj).filter(([, v]) => !isUndefined(v)).map(([k, v]) => parseValueBinaryOperation(k, needsIsOperator(v) ? "is" : "=", v)), combinator);
}
function parseFilterList(list, combinator, withParens = true) {
  const combine = combinator === "and" ? AndNode.create : OrNode.create;
  if (list.length === 0) {
    return BinaryOperationNode.create(ValueNode.createImmediate(1), OperatorNode.create("="), ValueNode.createImmediate(combinator === "and" ? 1 : 0));
  }
  let node = toOperationNode(list[0]);
  for (let i = 1; i < list.length; ++i) {
    node = combine(node, toOperationNode(list[i]));
  }
  if (list.length > 1 && withParens) {
    return ParensNode.create(node);
  }
  return node;
}
function isIsOperator(operator) {
  return operator === "is" || operator === "is not";
}
function needsIsOperator(value) {
  return isNull(value) || isBoolean(value);
}
function parseOperator(operator) {
  if (isString(operator) && OPERATORS.includes(operator)) {
    return OperatorNode.create(operator);
  }
  if (isOperationNodeSource(operator)) {
    return operator.toOperationNode();
  }
  throw new Error(`invalid operator ${JSON.stringify(operator)}`);
}
function toOperationNode(nodeOrSource) {
  return isOperationNodeSource(nodeOrSource) ? nodeOrSource.toOperationNode() : nodeOrSource;
}
var init_binary_operation_parser = __esm({
  "node_modules/kysely/dist/esm/parser/binary-operation-parser.js"() {
    init_binary_operation_node();
    init_object_utils();
    init_operation_node_source();
    init_operator_node();
    init_reference_parser();
    init_value_parser();
    init_value_node();
    init_and_node();
    init_parens_node();
    init_or_node();
  }
});

// node_modules/kysely/dist/esm/operation-node/order-by-node.js
var OrderByNode;
var init_order_by_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/order-by-node.js"() {
    init_object_utils();
    OrderByNode = freeze({
      is(node) {
        return node.kind === "OrderByNode";
      },
      create(items) {
        return freeze({
          kind: "OrderByNode",
          items: freeze([...items])
        });
      },
      cloneWithItems(orderBy, items) {
        return freeze({
          ...orderBy,
          items: freeze([...orderBy.items, ...items])
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/partition-by-node.js
var PartitionByNode;
var init_partition_by_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/partition-by-node.js"() {
    init_object_utils();
    PartitionByNode = freeze({
      is(node) {
        return node.kind === "PartitionByNode";
      },
      create(items) {
        return freeze({
          kind: "PartitionByNode",
          items: freeze(items)
        });
      },
      cloneWithItems(partitionBy, items) {
        return freeze({
          ...partitionBy,
          items: freeze([...partitionBy.items, ...items])
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/over-node.js
var OverNode;
var init_over_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/over-node.js"() {
    init_object_utils();
    init_order_by_node();
    init_partition_by_node();
    OverNode = freeze({
      is(node) {
        return node.kind === "OverNode";
      },
      create() {
        return freeze({
          kind: "OverNode"
        });
      },
      cloneWithOrderByItems(overNode, items) {
        return freeze({
          ...overNode,
          orderBy: overNode.orderBy ? OrderByNode.cloneWithItems(overNode.orderBy, items) : OrderByNode.create(items)
        });
      },
      cloneWithPartitionByItems(overNode, items) {
        return freeze({
          ...overNode,
          partitionBy: overNode.partitionBy ? PartitionByNode.cloneWithItems(overNode.partitionBy, items) : PartitionByNode.create(items)
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/from-node.js
var FromNode;
var init_from_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/from-node.js"() {
    init_object_utils();
    FromNode = freeze({
      is(node) {
        return node.kind === "FromNode";
      },
      create(froms) {
        return freeze({
          kind: "FromNode",
          froms: freeze(froms)
        });
      },
      cloneWithFroms(from, froms) {
        return freeze({
          ...from,
          froms: freeze([...from.froms, ...froms])
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/group-by-node.js
var GroupByNode;
var init_group_by_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/group-by-node.js"() {
    init_object_utils();
    GroupByNode = freeze({
      is(node) {
        return node.kind === "GroupByNode";
      },
      create(items) {
        return freeze({
          kind: "GroupByNode",
          items: freeze(items)
        });
      },
      cloneWithItems(groupBy, items) {
        return freeze({
          ...groupBy,
          items: freeze([...groupBy.items, ...items])
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/having-node.js
var HavingNode;
var init_having_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/having-node.js"() {
    init_object_utils();
    init_and_node();
    init_or_node();
    HavingNode = freeze({
      is(node) {
        return node.kind === "HavingNode";
      },
      create(filter) {
        return freeze({
          kind: "HavingNode",
          having: filter
        });
      },
      cloneWithOperation(havingNode, operator, operation) {
        return freeze({
          ...havingNode,
          having: operator === "And" ? AndNode.create(havingNode.having, operation) : OrNode.create(havingNode.having, operation)
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/insert-query-node.js
var InsertQueryNode;
var init_insert_query_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/insert-query-node.js"() {
    init_object_utils();
    InsertQueryNode = freeze({
      is(node) {
        return node.kind === "InsertQueryNode";
      },
      create(into, withNode, replace) {
        return freeze({
          kind: "InsertQueryNode",
          into,
          ...withNode && { with: withNode },
          replace
        });
      },
      createWithoutInto() {
        return freeze({
          kind: "InsertQueryNode"
        });
      },
      cloneWith(insertQuery, props) {
        return freeze({
          ...insertQuery,
          ...props
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/list-node.js
var ListNode;
var init_list_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/list-node.js"() {
    init_object_utils();
    ListNode = freeze({
      is(node) {
        return node.kind === "ListNode";
      },
      create(items) {
        return freeze({
          kind: "ListNode",
          items: freeze(items)
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/update-query-node.js
var UpdateQueryNode;
var init_update_query_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/update-query-node.js"() {
    init_object_utils();
    init_from_node();
    init_list_node();
    UpdateQueryNode = freeze({
      is(node) {
        return node.kind === "UpdateQueryNode";
      },
      create(tables, withNode) {
        return freeze({
          kind: "UpdateQueryNode",
          // For backwards compatibility, use the raw table node when there's only one table
          // and don't rename the property to something like `tables`.
          table: tables.length === 1 ? tables[0] : ListNode.create(tables),
          ...withNode && { with: withNode }
        });
      },
      createWithoutTable() {
        return freeze({
          kind: "UpdateQueryNode"
        });
      },
      cloneWithFromItems(updateQuery, fromItems) {
        return freeze({
          ...updateQuery,
          from: updateQuery.from ? FromNode.cloneWithFroms(updateQuery.from, fromItems) : FromNode.create(fromItems)
        });
      },
      cloneWithUpdates(updateQuery, updates) {
        return freeze({
          ...updateQuery,
          updates: updateQuery.updates ? freeze([...updateQuery.updates, ...updates]) : updates
        });
      },
      cloneWithLimit(updateQuery, limit) {
        return freeze({
          ...updateQuery,
          limit
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/using-node.js
var UsingNode;
var init_using_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/using-node.js"() {
    init_object_utils();
    UsingNode = freeze({
      is(node) {
        return node.kind === "UsingNode";
      },
      create(tables) {
        return freeze({
          kind: "UsingNode",
          tables: freeze(tables)
        });
      },
      cloneWithTables(using, tables) {
        return freeze({
          ...using,
          tables: freeze([...using.tables, ...tables])
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/delete-query-node.js
var DeleteQueryNode;
var init_delete_query_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/delete-query-node.js"() {
    init_object_utils();
    init_from_node();
    init_using_node();
    init_query_node();
    DeleteQueryNode = freeze({
      is(node) {
        return node.kind === "DeleteQueryNode";
      },
      create(fromItems, withNode) {
        return freeze({
          kind: "DeleteQueryNode",
          from: FromNode.create(fromItems),
          ...withNode && { with: withNode }
        });
      },
      // TODO: remove in v0.29
      /**
       * @deprecated Use `QueryNode.cloneWithoutOrderBy` instead.
       */
      cloneWithOrderByItems: (node, items) => QueryNode.cloneWithOrderByItems(node, items),
      // TODO: remove in v0.29
      /**
       * @deprecated Use `QueryNode.cloneWithoutOrderBy` instead.
       */
      cloneWithoutOrderBy: (node) => QueryNode.cloneWithoutOrderBy(node),
      cloneWithLimit(deleteNode, limit) {
        return freeze({
          ...deleteNode,
          limit
        });
      },
      cloneWithoutLimit(deleteNode) {
        return freeze({
          ...deleteNode,
          limit: void 0
        });
      },
      cloneWithUsing(deleteNode, tables) {
        return freeze({
          ...deleteNode,
          using: deleteNode.using !== void 0 ? UsingNode.cloneWithTables(deleteNode.using, tables) : UsingNode.create(tables)
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/where-node.js
var WhereNode;
var init_where_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/where-node.js"() {
    init_object_utils();
    init_and_node();
    init_or_node();
    WhereNode = freeze({
      is(node) {
        return node.kind === "WhereNode";
      },
      create(filter) {
        return freeze({
          kind: "WhereNode",
          where: filter
        });
      },
      cloneWithOperation(whereNode, operator, operation) {
        return freeze({
          ...whereNode,
          where: operator === "And" ? AndNode.create(whereNode.where, operation) : OrNode.create(whereNode.where, operation)
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/returning-node.js
var ReturningNode;
var init_returning_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/returning-node.js"() {
    init_object_utils();
    ReturningNode = freeze({
      is(node) {
        return node.kind === "ReturningNode";
      },
      create(selections) {
        return freeze({
          kind: "ReturningNode",
          selections: freeze(selections)
        });
      },
      cloneWithSelections(returning, selections) {
        return freeze({
          ...returning,
          selections: returning.selections ? freeze([...returning.selections, ...selections]) : freeze(selections)
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/explain-node.js
var ExplainNode;
var init_explain_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/explain-node.js"() {
    init_object_utils();
    ExplainNode = freeze({
      is(node) {
        return node.kind === "ExplainNode";
      },
      create(format, options) {
        return freeze({
          kind: "ExplainNode",
          format,
          options
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/when-node.js
var WhenNode;
var init_when_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/when-node.js"() {
    init_object_utils();
    WhenNode = freeze({
      is(node) {
        return node.kind === "WhenNode";
      },
      create(condition) {
        return freeze({
          kind: "WhenNode",
          condition
        });
      },
      cloneWithResult(whenNode, result) {
        return freeze({
          ...whenNode,
          result
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/merge-query-node.js
var MergeQueryNode;
var init_merge_query_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/merge-query-node.js"() {
    init_object_utils();
    init_when_node();
    MergeQueryNode = freeze({
      is(node) {
        return node.kind === "MergeQueryNode";
      },
      create(into, withNode) {
        return freeze({
          kind: "MergeQueryNode",
          into,
          ...withNode && { with: withNode }
        });
      },
      cloneWithUsing(mergeNode, using) {
        return freeze({
          ...mergeNode,
          using
        });
      },
      cloneWithWhen(mergeNode, when) {
        return freeze({
          ...mergeNode,
          whens: mergeNode.whens ? freeze([...mergeNode.whens, when]) : freeze([when])
        });
      },
      cloneWithThen(mergeNode, then) {
        return freeze({
          ...mergeNode,
          whens: mergeNode.whens ? freeze([
            ...mergeNode.whens.slice(0, -1),
            WhenNode.cloneWithResult(mergeNode.whens[mergeNode.whens.length - 1], then)
          ]) : void 0
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/output-node.js
var OutputNode;
var init_output_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/output-node.js"() {
    init_object_utils();
    OutputNode = freeze({
      is(node) {
        return node.kind === "OutputNode";
      },
      create(selections) {
        return freeze({
          kind: "OutputNode",
          selections: freeze(selections)
        });
      },
      cloneWithSelections(output, selections) {
        return freeze({
          ...output,
          selections: output.selections ? freeze([...output.selections, ...selections]) : freeze(selections)
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/query-node.js
var QueryNode;
var init_query_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/query-node.js"() {
    init_insert_query_node();
    init_select_query_node();
    init_update_query_node();
    init_delete_query_node();
    init_where_node();
    init_object_utils();
    init_returning_node();
    init_explain_node();
    init_merge_query_node();
    init_output_node();
    init_order_by_node();
    QueryNode = freeze({
      is(node) {
        return SelectQueryNode.is(node) || InsertQueryNode.is(node) || UpdateQueryNode.is(node) || DeleteQueryNode.is(node) || MergeQueryNode.is(node);
      },
      cloneWithEndModifier(node, modifier) {
        return freeze({
          ...node,
          endModifiers: node.endModifiers ? freeze([...node.endModifiers, modifier]) : freeze([modifier])
        });
      },
      cloneWithWhere(node, operation) {
        return freeze({
          ...node,
          where: node.where ? WhereNode.cloneWithOperation(node.where, "And", operation) : WhereNode.create(operation)
        });
      },
      cloneWithJoin(node, join2) {
        return freeze({
          ...node,
          joins: node.joins ? freeze([...node.joins, join2]) : freeze([join2])
        });
      },
      cloneWithReturning(node, selections) {
        return freeze({
          ...node,
          returning: node.returning ? ReturningNode.cloneWithSelections(node.returning, selections) : ReturningNode.create(selections)
        });
      },
      cloneWithoutReturning(node) {
        return freeze({
          ...node,
          returning: void 0
        });
      },
      cloneWithoutWhere(node) {
        return freeze({
          ...node,
          where: void 0
        });
      },
      cloneWithExplain(node, format, options) {
        return freeze({
          ...node,
          explain: ExplainNode.create(format, options?.toOperationNode())
        });
      },
      cloneWithTop(node, top) {
        return freeze({
          ...node,
          top
        });
      },
      cloneWithOutput(node, selections) {
        return freeze({
          ...node,
          output: node.output ? OutputNode.cloneWithSelections(node.output, selections) : OutputNode.create(selections)
        });
      },
      cloneWithOrderByItems(node, items) {
        return freeze({
          ...node,
          orderBy: node.orderBy ? OrderByNode.cloneWithItems(node.orderBy, items) : OrderByNode.create(items)
        });
      },
      cloneWithoutOrderBy(node) {
        return freeze({
          ...node,
          orderBy: void 0
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/select-query-node.js
var SelectQueryNode;
var init_select_query_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/select-query-node.js"() {
    init_object_utils();
    init_from_node();
    init_group_by_node();
    init_having_node();
    init_query_node();
    SelectQueryNode = freeze({
      is(node) {
        return node.kind === "SelectQueryNode";
      },
      create(withNode) {
        return freeze({
          kind: "SelectQueryNode",
          ...withNode && { with: withNode }
        });
      },
      createFrom(fromItems, withNode) {
        return freeze({
          kind: "SelectQueryNode",
          from: FromNode.create(fromItems),
          ...withNode && { with: withNode }
        });
      },
      cloneWithSelections(select, selections) {
        return freeze({
          ...select,
          selections: select.selections ? freeze([...select.selections, ...selections]) : freeze(selections)
        });
      },
      cloneWithDistinctOn(select, expressions) {
        return freeze({
          ...select,
          distinctOn: select.distinctOn ? freeze([...select.distinctOn, ...expressions]) : freeze(expressions)
        });
      },
      cloneWithFrontModifier(select, modifier) {
        return freeze({
          ...select,
          frontModifiers: select.frontModifiers ? freeze([...select.frontModifiers, modifier]) : freeze([modifier])
        });
      },
      // TODO: remove in v0.29
      /**
       * @deprecated Use `QueryNode.cloneWithoutOrderBy` instead.
       */
      cloneWithOrderByItems: (node, items) => QueryNode.cloneWithOrderByItems(node, items),
      cloneWithGroupByItems(selectNode, items) {
        return freeze({
          ...selectNode,
          groupBy: selectNode.groupBy ? GroupByNode.cloneWithItems(selectNode.groupBy, items) : GroupByNode.create(items)
        });
      },
      cloneWithLimit(selectNode, limit) {
        return freeze({
          ...selectNode,
          limit
        });
      },
      cloneWithOffset(selectNode, offset) {
        return freeze({
          ...selectNode,
          offset
        });
      },
      cloneWithFetch(selectNode, fetch) {
        return freeze({
          ...selectNode,
          fetch
        });
      },
      cloneWithHaving(selectNode, operation) {
        return freeze({
          ...selectNode,
          having: selectNode.having ? HavingNode.cloneWithOperation(selectNode.having, "And", operation) : HavingNode.create(operation)
        });
      },
      cloneWithSetOperations(selectNode, setOperations) {
        return freeze({
          ...selectNode,
          setOperations: selectNode.setOperations ? freeze([...selectNode.setOperations, ...setOperations]) : freeze([...setOperations])
        });
      },
      cloneWithoutSelections(select) {
        return freeze({
          ...select,
          selections: []
        });
      },
      cloneWithoutLimit(select) {
        return freeze({
          ...select,
          limit: void 0
        });
      },
      cloneWithoutOffset(select) {
        return freeze({
          ...select,
          offset: void 0
        });
      },
      // TODO: remove in v0.29
      /**
       * @deprecated Use `QueryNode.cloneWithoutOrderBy` instead.
       */
      cloneWithoutOrderBy: (node) => QueryNode.cloneWithoutOrderBy(node),
      cloneWithoutGroupBy(select) {
        return freeze({
          ...select,
          groupBy: void 0
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/query-builder/join-builder.js
var JoinBuilder;
var init_join_builder = __esm({
  "node_modules/kysely/dist/esm/query-builder/join-builder.js"() {
    init_join_node();
    init_raw_node();
    init_binary_operation_parser();
    init_object_utils();
    JoinBuilder = class _JoinBuilder {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      on(...args) {
        return new _JoinBuilder({
          ...this.#props,
          joinNode: JoinNode.cloneWithOn(this.#props.joinNode, parseValueBinaryOperationOrExpression(args))
        });
      }
      /**
       * Just like {@link WhereInterface.whereRef} but adds an item to the join's
       * `on` clause instead.
       *
       * See {@link WhereInterface.whereRef} for documentation and examples.
       */
      onRef(lhs, op, rhs) {
        return new _JoinBuilder({
          ...this.#props,
          joinNode: JoinNode.cloneWithOn(this.#props.joinNode, parseReferentialBinaryOperation(lhs, op, rhs))
        });
      }
      /**
       * Adds `on true`.
       */
      onTrue() {
        return new _JoinBuilder({
          ...this.#props,
          joinNode: JoinNode.cloneWithOn(this.#props.joinNode, RawNode.createWithSql("true"))
        });
      }
      /**
       * Simply calls the provided function passing `this` as the only argument. `$call` returns
       * what the provided function returns.
       */
      $call(func) {
        return func(this);
      }
      toOperationNode() {
        return this.#props.joinNode;
      }
    };
  }
});

// node_modules/kysely/dist/esm/operation-node/partition-by-item-node.js
var PartitionByItemNode;
var init_partition_by_item_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/partition-by-item-node.js"() {
    init_object_utils();
    PartitionByItemNode = freeze({
      is(node) {
        return node.kind === "PartitionByItemNode";
      },
      create(partitionBy) {
        return freeze({
          kind: "PartitionByItemNode",
          partitionBy
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/parser/partition-by-parser.js
function parsePartitionBy(partitionBy) {
  return parseReferenceExpressionOrList(partitionBy).map(PartitionByItemNode.create);
}
var init_partition_by_parser = __esm({
  "node_modules/kysely/dist/esm/parser/partition-by-parser.js"() {
    init_partition_by_item_node();
    init_reference_parser();
  }
});

// node_modules/kysely/dist/esm/query-builder/over-builder.js
var OverBuilder;
var init_over_builder = __esm({
  "node_modules/kysely/dist/esm/query-builder/over-builder.js"() {
    init_over_node();
    init_query_node();
    init_order_by_parser();
    init_partition_by_parser();
    init_object_utils();
    OverBuilder = class _OverBuilder {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      orderBy(...args) {
        return new _OverBuilder({
          overNode: OverNode.cloneWithOrderByItems(this.#props.overNode, parseOrderBy(args))
        });
      }
      clearOrderBy() {
        return new _OverBuilder({
          overNode: QueryNode.cloneWithoutOrderBy(this.#props.overNode)
        });
      }
      partitionBy(partitionBy) {
        return new _OverBuilder({
          overNode: OverNode.cloneWithPartitionByItems(this.#props.overNode, parsePartitionBy(partitionBy))
        });
      }
      /**
       * Simply calls the provided function passing `this` as the only argument. `$call` returns
       * what the provided function returns.
       */
      $call(func) {
        return func(this);
      }
      toOperationNode() {
        return this.#props.overNode;
      }
    };
  }
});

// node_modules/kysely/dist/esm/operation-node/selection-node.js
var SelectionNode;
var init_selection_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/selection-node.js"() {
    init_object_utils();
    init_reference_node();
    init_select_all_node();
    SelectionNode = freeze({
      is(node) {
        return node.kind === "SelectionNode";
      },
      create(selection) {
        return freeze({
          kind: "SelectionNode",
          selection
        });
      },
      createSelectAll() {
        return freeze({
          kind: "SelectionNode",
          selection: SelectAllNode.create()
        });
      },
      createSelectAllFromTable(table) {
        return freeze({
          kind: "SelectionNode",
          selection: ReferenceNode.createSelectAll(table)
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/parser/select-parser.js
function parseSelectArg(selection) {
  if (isFunction(selection)) {
    return parseSelectArg(selection(expressionBuilder()));
  } else if (isReadonlyArray(selection)) {
    return selection.map((it) => parseSelectExpression(it));
  } else {
    return [parseSelectExpression(selection)];
  }
}
function parseSelectExpression(selection) {
  if (isString(selection)) {
    return SelectionNode.create(parseAliasedStringReference(selection));
  } else if (isDynamicReferenceBuilder(selection)) {
    return SelectionNode.create(selection.toOperationNode());
  } else {
    return SelectionNode.create(parseAliasedExpression(selection));
  }
}
function parseSelectAll(table) {
  if (!table) {
    return [SelectionNode.createSelectAll()];
  } else if (Array.isArray(table)) {
    return table.map(parseSelectAllArg);
  } else {
    return [parseSelectAllArg(table)];
  }
}
function parseSelectAllArg(table) {
  if (isString(table)) {
    return SelectionNode.createSelectAllFromTable(parseTable(table));
  }
  throw new Error(`invalid value selectAll expression: ${JSON.stringify(table)}`);
}
var init_select_parser = __esm({
  "node_modules/kysely/dist/esm/parser/select-parser.js"() {
    init_object_utils();
    init_selection_node();
    init_reference_parser();
    init_dynamic_reference_builder();
    init_expression_parser();
    init_table_parser();
    init_expression_builder();
  }
});

// node_modules/kysely/dist/esm/operation-node/values-node.js
var ValuesNode;
var init_values_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/values-node.js"() {
    init_object_utils();
    ValuesNode = freeze({
      is(node) {
        return node.kind === "ValuesNode";
      },
      create(values) {
        return freeze({
          kind: "ValuesNode",
          values: freeze(values)
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/default-insert-value-node.js
var DefaultInsertValueNode;
var init_default_insert_value_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/default-insert-value-node.js"() {
    init_object_utils();
    DefaultInsertValueNode = freeze({
      is(node) {
        return node.kind === "DefaultInsertValueNode";
      },
      create() {
        return freeze({
          kind: "DefaultInsertValueNode"
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/parser/insert-values-parser.js
function parseInsertExpression(arg) {
  const objectOrList = isFunction(arg) ? arg(expressionBuilder()) : arg;
  const list = isReadonlyArray(objectOrList) ? objectOrList : freeze([objectOrList]);
  return parseInsertColumnsAndValues(list);
}
function parseInsertColumnsAndValues(rows) {
  const columns = parseColumnNamesAndIndexes(rows);
  return [
    freeze([...columns.keys()].map(ColumnNode.create)),
    ValuesNode.create(rows.map((row) => parseRowValues(row, columns)))
  ];
}
function parseColumnNamesAndIndexes(rows) {
  const columns = /* @__PURE__ */ new Map();
  for (const row of rows) {
    const cols = Object.keys(row);
    for (const col of cols) {
      if (!columns.has(col) && row[col] !== void 0) {
        columns.set(col, columns.size);
      }
    }
  }
  return columns;
}
function parseRowValues(row, columns) {
  const rowColumns = Object.keys(row);
  const rowValues = Array.from({
    length: columns.size
  });
  let hasUndefinedOrComplexColumns = false;
  let indexedRowColumns = rowColumns.length;
  for (const col of rowColumns) {
    const columnIdx = columns.get(col);
    if (isUndefined(columnIdx)) {
      indexedRowColumns--;
      continue;
    }
    const value = row[col];
    if (isUndefined(value) || isExpressionOrFactory(value)) {
      hasUndefinedOrComplexColumns = true;
    }
    rowValues[columnIdx] = value;
  }
  const hasMissingColumns = indexedRowColumns < columns.size;
  if (hasMissingColumns || hasUndefinedOrComplexColumns) {
    const defaultValue = DefaultInsertValueNode.create();
    return ValueListNode.create(rowValues.map((it) => isUndefined(it) ? defaultValue : parseValueExpression(it)));
  }
  return PrimitiveValueListNode.create(rowValues);
}
var init_insert_values_parser = __esm({
  "node_modules/kysely/dist/esm/parser/insert-values-parser.js"() {
    init_column_node();
    init_primitive_value_list_node();
    init_value_list_node();
    init_object_utils();
    init_value_parser();
    init_values_node();
    init_expression_parser();
    init_default_insert_value_node();
    init_expression_builder();
  }
});

// node_modules/kysely/dist/esm/operation-node/column-update-node.js
var ColumnUpdateNode;
var init_column_update_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/column-update-node.js"() {
    init_object_utils();
    ColumnUpdateNode = freeze({
      is(node) {
        return node.kind === "ColumnUpdateNode";
      },
      create(column, value) {
        return freeze({
          kind: "ColumnUpdateNode",
          column,
          value
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/parser/update-set-parser.js
function parseUpdate(...args) {
  if (args.length === 2) {
    return [
      ColumnUpdateNode.create(parseReferenceExpression(args[0]), parseValueExpression(args[1]))
    ];
  }
  return parseUpdateObjectExpression(args[0]);
}
function parseUpdateObjectExpression(update) {
  const updateObj = isFunction(update) ? update(expressionBuilder()) : update;
  return Object.entries(updateObj).filter(([_, value]) => value !== void 0).map(([key, value]) => {
    return ColumnUpdateNode.create(ColumnNode.create(key), parseValueExpression(value));
  });
}
var init_update_set_parser = __esm({
  "node_modules/kysely/dist/esm/parser/update-set-parser.js"() {
    init_column_node();
    init_column_update_node();
    init_expression_builder();
    init_object_utils();
    init_value_parser();
    init_reference_parser();
  }
});

// node_modules/kysely/dist/esm/operation-node/on-duplicate-key-node.js
var OnDuplicateKeyNode;
var init_on_duplicate_key_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/on-duplicate-key-node.js"() {
    init_object_utils();
    OnDuplicateKeyNode = freeze({
      is(node) {
        return node.kind === "OnDuplicateKeyNode";
      },
      create(updates) {
        return freeze({
          kind: "OnDuplicateKeyNode",
          updates
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/query-builder/insert-result.js
var InsertResult;
var init_insert_result = __esm({
  "node_modules/kysely/dist/esm/query-builder/insert-result.js"() {
    InsertResult = class {
      /**
       * The auto incrementing primary key of the inserted row.
       *
       * This property can be undefined when the query contains an `on conflict`
       * clause that makes the query succeed even when nothing gets inserted.
       *
       * This property is always undefined on dialects like PostgreSQL that
       * don't return the inserted id by default. On those dialects you need
       * to use the {@link ReturningInterface.returning | returning} method.
       */
      insertId;
      /**
       * Affected rows count.
       */
      numInsertedOrUpdatedRows;
      constructor(insertId, numInsertedOrUpdatedRows) {
        this.insertId = insertId;
        this.numInsertedOrUpdatedRows = numInsertedOrUpdatedRows;
      }
    };
  }
});

// node_modules/kysely/dist/esm/query-builder/no-result-error.js
function isNoResultErrorConstructor(fn) {
  return Object.prototype.hasOwnProperty.call(fn, "prototype");
}
var NoResultError;
var init_no_result_error = __esm({
  "node_modules/kysely/dist/esm/query-builder/no-result-error.js"() {
    NoResultError = class extends Error {
      /**
       * The operation node tree of the query that was executed.
       */
      node;
      constructor(node) {
        super("no result");
        this.node = node;
      }
    };
  }
});

// node_modules/kysely/dist/esm/operation-node/on-conflict-node.js
var OnConflictNode;
var init_on_conflict_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/on-conflict-node.js"() {
    init_object_utils();
    init_where_node();
    OnConflictNode = freeze({
      is(node) {
        return node.kind === "OnConflictNode";
      },
      create() {
        return freeze({
          kind: "OnConflictNode"
        });
      },
      cloneWith(node, props) {
        return freeze({
          ...node,
          ...props
        });
      },
      cloneWithIndexWhere(node, operation) {
        return freeze({
          ...node,
          indexWhere: node.indexWhere ? WhereNode.cloneWithOperation(node.indexWhere, "And", operation) : WhereNode.create(operation)
        });
      },
      cloneWithIndexOrWhere(node, operation) {
        return freeze({
          ...node,
          indexWhere: node.indexWhere ? WhereNode.cloneWithOperation(node.indexWhere, "Or", operation) : WhereNode.create(operation)
        });
      },
      cloneWithUpdateWhere(node, operation) {
        return freeze({
          ...node,
          updateWhere: node.updateWhere ? WhereNode.cloneWithOperation(node.updateWhere, "And", operation) : WhereNode.create(operation)
        });
      },
      cloneWithUpdateOrWhere(node, operation) {
        return freeze({
          ...node,
          updateWhere: node.updateWhere ? WhereNode.cloneWithOperation(node.updateWhere, "Or", operation) : WhereNode.create(operation)
        });
      },
      cloneWithoutIndexWhere(node) {
        return freeze({
          ...node,
          indexWhere: void 0
        });
      },
      cloneWithoutUpdateWhere(node) {
        return freeze({
          ...node,
          updateWhere: void 0
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/query-builder/on-conflict-builder.js
var OnConflictBuilder, OnConflictDoNothingBuilder, OnConflictUpdateBuilder;
var init_on_conflict_builder = __esm({
  "node_modules/kysely/dist/esm/query-builder/on-conflict-builder.js"() {
    init_column_node();
    init_identifier_node();
    init_on_conflict_node();
    init_binary_operation_parser();
    init_update_set_parser();
    init_object_utils();
    OnConflictBuilder = class _OnConflictBuilder {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      /**
       * Specify a single column as the conflict target.
       *
       * Also see the {@link columns}, {@link constraint} and {@link expression}
       * methods for alternative ways to specify the conflict target.
       */
      column(column) {
        const columnNode = ColumnNode.create(column);
        return new _OnConflictBuilder({
          ...this.#props,
          onConflictNode: OnConflictNode.cloneWith(this.#props.onConflictNode, {
            columns: this.#props.onConflictNode.columns ? freeze([...this.#props.onConflictNode.columns, columnNode]) : freeze([columnNode])
          })
        });
      }
      /**
       * Specify a list of columns as the conflict target.
       *
       * Also see the {@link column}, {@link constraint} and {@link expression}
       * methods for alternative ways to specify the conflict target.
       */
      columns(columns) {
        const columnNodes = columns.map(ColumnNode.create);
        return new _OnConflictBuilder({
          ...this.#props,
          onConflictNode: OnConflictNode.cloneWith(this.#props.onConflictNode, {
            columns: this.#props.onConflictNode.columns ? freeze([...this.#props.onConflictNode.columns, ...columnNodes]) : freeze(columnNodes)
          })
        });
      }
      /**
       * Specify a specific constraint by name as the conflict target.
       *
       * Also see the {@link column}, {@link columns} and {@link expression}
       * methods for alternative ways to specify the conflict target.
       */
      constraint(constraintName) {
        return new _OnConflictBuilder({
          ...this.#props,
          onConflictNode: OnConflictNode.cloneWith(this.#props.onConflictNode, {
            constraint: IdentifierNode.create(constraintName)
          })
        });
      }
      /**
       * Specify an expression as the conflict target.
       *
       * This can be used if the unique index is an expression index.
       *
       * Also see the {@link column}, {@link columns} and {@link constraint}
       * methods for alternative ways to specify the conflict target.
       */
      expression(expression) {
        return new _OnConflictBuilder({
          ...this.#props,
          onConflictNode: OnConflictNode.cloneWith(this.#props.onConflictNode, {
            indexExpression: expression.toOperationNode()
          })
        });
      }
      where(...args) {
        return new _OnConflictBuilder({
          ...this.#props,
          onConflictNode: OnConflictNode.cloneWithIndexWhere(this.#props.onConflictNode, parseValueBinaryOperationOrExpression(args))
        });
      }
      whereRef(lhs, op, rhs) {
        return new _OnConflictBuilder({
          ...this.#props,
          onConflictNode: OnConflictNode.cloneWithIndexWhere(this.#props.onConflictNode, parseReferentialBinaryOperation(lhs, op, rhs))
        });
      }
      clearWhere() {
        return new _OnConflictBuilder({
          ...this.#props,
          onConflictNode: OnConflictNode.cloneWithoutIndexWhere(this.#props.onConflictNode)
        });
      }
      /**
       * Adds the "do nothing" conflict action.
       *
       * ### Examples
       *
       * ```ts
       * const id = 1
       * const first_name = 'John'
       *
       * await db
       *   .insertInto('person')
       *   .values({ first_name, id })
       *   .onConflict((oc) => oc
       *     .column('id')
       *     .doNothing()
       *   )
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * insert into "person" ("first_name", "id")
       * values ($1, $2)
       * on conflict ("id") do nothing
       * ```
       */
      doNothing() {
        return new OnConflictDoNothingBuilder({
          ...this.#props,
          onConflictNode: OnConflictNode.cloneWith(this.#props.onConflictNode, {
            doNothing: true
          })
        });
      }
      /**
       * Adds the "do update set" conflict action.
       *
       * ### Examples
       *
       * ```ts
       * const id = 1
       * const first_name = 'John'
       *
       * await db
       *   .insertInto('person')
       *   .values({ first_name, id })
       *   .onConflict((oc) => oc
       *     .column('id')
       *     .doUpdateSet({ first_name })
       *   )
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * insert into "person" ("first_name", "id")
       * values ($1, $2)
       * on conflict ("id")
       * do update set "first_name" = $3
       * ```
       *
       * In the next example we use the `ref` method to reference
       * columns of the virtual table `excluded` in a type-safe way
       * to create an upsert operation:
       *
       * ```ts
       * import type { NewPerson } from 'type-editor' // imaginary module
       *
       * async function upsertPerson(person: NewPerson): Promise<void> {
       *   await db.insertInto('person')
       *     .values(person)
       *     .onConflict((oc) => oc
       *       .column('id')
       *       .doUpdateSet((eb) => ({
       *         first_name: eb.ref('excluded.first_name'),
       *         last_name: eb.ref('excluded.last_name')
       *       })
       *     )
       *   )
       *   .execute()
       * }
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * insert into "person" ("first_name", "last_name")
       * values ($1, $2)
       * on conflict ("id")
       * do update set
       *  "first_name" = excluded."first_name",
       *  "last_name" = excluded."last_name"
       * ```
       */
      doUpdateSet(update) {
        return new OnConflictUpdateBuilder({
          ...this.#props,
          onConflictNode: OnConflictNode.cloneWith(this.#props.onConflictNode, {
            updates: parseUpdateObjectExpression(update)
          })
        });
      }
      /**
       * Simply calls the provided function passing `this` as the only argument. `$call` returns
       * what the provided function returns.
       */
      $call(func) {
        return func(this);
      }
    };
    OnConflictDoNothingBuilder = class {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      toOperationNode() {
        return this.#props.onConflictNode;
      }
    };
    OnConflictUpdateBuilder = class _OnConflictUpdateBuilder {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      where(...args) {
        return new _OnConflictUpdateBuilder({
          ...this.#props,
          onConflictNode: OnConflictNode.cloneWithUpdateWhere(this.#props.onConflictNode, parseValueBinaryOperationOrExpression(args))
        });
      }
      /**
       * Specify a where condition for the update operation.
       *
       * See {@link WhereInterface.whereRef} for more info.
       */
      whereRef(lhs, op, rhs) {
        return new _OnConflictUpdateBuilder({
          ...this.#props,
          onConflictNode: OnConflictNode.cloneWithUpdateWhere(this.#props.onConflictNode, parseReferentialBinaryOperation(lhs, op, rhs))
        });
      }
      clearWhere() {
        return new _OnConflictUpdateBuilder({
          ...this.#props,
          onConflictNode: OnConflictNode.cloneWithoutUpdateWhere(this.#props.onConflictNode)
        });
      }
      /**
       * Simply calls the provided function passing `this` as the only argument. `$call` returns
       * what the provided function returns.
       */
      $call(func) {
        return func(this);
      }
      toOperationNode() {
        return this.#props.onConflictNode;
      }
    };
  }
});

// node_modules/kysely/dist/esm/operation-node/top-node.js
var TopNode;
var init_top_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/top-node.js"() {
    init_object_utils();
    TopNode = freeze({
      is(node) {
        return node.kind === "TopNode";
      },
      create(expression, modifiers) {
        return freeze({
          kind: "TopNode",
          expression,
          modifiers
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/parser/top-parser.js
function parseTop(expression, modifiers) {
  if (!isNumber(expression) && !isBigInt(expression)) {
    throw new Error(`Invalid top expression: ${expression}`);
  }
  if (!isUndefined(modifiers) && !isTopModifiers(modifiers)) {
    throw new Error(`Invalid top modifiers: ${modifiers}`);
  }
  return TopNode.create(expression, modifiers);
}
function isTopModifiers(modifiers) {
  return modifiers === "percent" || modifiers === "with ties" || modifiers === "percent with ties";
}
var init_top_parser = __esm({
  "node_modules/kysely/dist/esm/parser/top-parser.js"() {
    init_top_node();
    init_object_utils();
  }
});

// node_modules/kysely/dist/esm/operation-node/or-action-node.js
var OrActionNode;
var init_or_action_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/or-action-node.js"() {
    init_object_utils();
    OrActionNode = freeze({
      is(node) {
        return node.kind === "OrActionNode";
      },
      create(action) {
        return freeze({
          kind: "OrActionNode",
          action
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/query-builder/insert-query-builder.js
var InsertQueryBuilder;
var init_insert_query_builder = __esm({
  "node_modules/kysely/dist/esm/query-builder/insert-query-builder.js"() {
    init_select_parser();
    init_insert_values_parser();
    init_insert_query_node();
    init_query_node();
    init_update_set_parser();
    init_object_utils();
    init_on_duplicate_key_node();
    init_insert_result();
    init_no_result_error();
    init_expression_parser();
    init_column_node();
    init_on_conflict_builder();
    init_on_conflict_node();
    init_top_parser();
    init_or_action_node();
    InsertQueryBuilder = class _InsertQueryBuilder {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      /**
       * Sets the values to insert for an {@link Kysely.insertInto | insert} query.
       *
       * This method takes an object whose keys are column names and values are
       * values to insert. In addition to the column's type, the values can be
       * raw {@link sql} snippets or select queries.
       *
       * You must provide all fields you haven't explicitly marked as nullable
       * or optional using {@link Generated} or {@link ColumnType}.
       *
       * The return value of an `insert` query is an instance of {@link InsertResult}. The
       * {@link InsertResult.insertId | insertId} field holds the auto incremented primary
       * key if the database returned one.
       *
       * On PostgreSQL and some other dialects, you need to call `returning` to get
       * something out of the query.
       *
       * Also see the {@link expression} method for inserting the result of a select
       * query or any other expression.
       *
       * ### Examples
       *
       * <!-- siteExample("insert", "Single row", 10) -->
       *
       * Insert a single row:
       *
       * ```ts
       * const result = await db
       *   .insertInto('person')
       *   .values({
       *     first_name: 'Jennifer',
       *     last_name: 'Aniston',
       *     age: 40
       *   })
       *   .executeTakeFirst()
       *
       * // `insertId` is only available on dialects that
       * // automatically return the id of the inserted row
       * // such as MySQL and SQLite. On PostgreSQL, for example,
       * // you need to add a `returning` clause to the query to
       * // get anything out. See the "returning data" example.
       * console.log(result.insertId)
       * ```
       *
       * The generated SQL (MySQL):
       *
       * ```sql
       * insert into `person` (`first_name`, `last_name`, `age`) values (?, ?, ?)
       * ```
       *
       * <!-- siteExample("insert", "Multiple rows", 20) -->
       *
       * On dialects that support it (for example PostgreSQL) you can insert multiple
       * rows by providing an array. Note that the return value is once again very
       * dialect-specific. Some databases may only return the id of the *last* inserted
       * row and some return nothing at all unless you call `returning`.
       *
       * ```ts
       * await db
       *   .insertInto('person')
       *   .values([{
       *     first_name: 'Jennifer',
       *     last_name: 'Aniston',
       *     age: 40,
       *   }, {
       *     first_name: 'Arnold',
       *     last_name: 'Schwarzenegger',
       *     age: 70,
       *   }])
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * insert into "person" ("first_name", "last_name", "age") values (($1, $2, $3), ($4, $5, $6))
       * ```
       *
       * <!-- siteExample("insert", "Returning data", 30) -->
       *
       * On supported dialects like PostgreSQL you need to chain `returning` to the query to get
       * the inserted row's columns (or any other expression) as the return value. `returning`
       * works just like `select`. Refer to `select` method's examples and documentation for
       * more info.
       *
       * ```ts
       * const result = await db
       *   .insertInto('person')
       *   .values({
       *     first_name: 'Jennifer',
       *     last_name: 'Aniston',
       *     age: 40,
       *   })
       *   .returning(['id', 'first_name as name'])
       *   .executeTakeFirstOrThrow()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * insert into "person" ("first_name", "last_name", "age") values ($1, $2, $3) returning "id", "first_name" as "name"
       * ```
       *
       * <!-- siteExample("insert", "Complex values", 40) -->
       *
       * In addition to primitives, the values can also be arbitrary expressions.
       * You can build the expressions by using a callback and calling the methods
       * on the expression builder passed to it:
       *
       * ```ts
       * import { sql } from 'kysely'
       *
       * const ani = "Ani"
       * const ston = "ston"
       *
       * const result = await db
       *   .insertInto('person')
       *   .values(({ ref, selectFrom, fn }) => ({
       *     first_name: 'Jennifer',
       *     last_name: sql<string>`concat(${ani}, ${ston})`,
       *     middle_name: ref('first_name'),
       *     age: selectFrom('person')
       *       .select(fn.avg<number>('age').as('avg_age')),
       *   }))
       *   .executeTakeFirst()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * insert into "person" (
       *   "first_name",
       *   "last_name",
       *   "middle_name",
       *   "age"
       * )
       * values (
       *   $1,
       *   concat($2, $3),
       *   "first_name",
       *   (select avg("age") as "avg_age" from "person")
       * )
       * ```
       *
       * You can also use the callback version of subqueries or raw expressions:
       *
       * ```ts
       * await db.with('jennifer', (db) => db
       *   .selectFrom('person')
       *   .where('first_name', '=', 'Jennifer')
       *   .select(['id', 'first_name', 'gender'])
       *   .limit(1)
       * ).insertInto('pet').values((eb) => ({
       *   owner_id: eb.selectFrom('jennifer').select('id'),
       *   name: eb.selectFrom('jennifer').select('first_name'),
       *   species: 'cat',
       * }))
       * .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * with "jennifer" as (
       *   select "id", "first_name", "gender"
       *   from "person"
       *   where "first_name" = $1
       *   limit $2
       * )
       * insert into "pet" ("owner_id", "name", "species")
       * values (
       *  (select "id" from "jennifer"),
       *  (select "first_name" from "jennifer"),
       *  $3
       * )
       * ```
       */
      values(insert) {
        const [columns, values] = parseInsertExpression(insert);
        return new _InsertQueryBuilder({
          ...this.#props,
          queryNode: InsertQueryNode.cloneWith(this.#props.queryNode, {
            columns,
            values
          })
        });
      }
      /**
       * Sets the columns to insert.
       *
       * The {@link values} method sets both the columns and the values and this method
       * is not needed. But if you are using the {@link expression} method, you can use
       * this method to set the columns to insert.
       *
       * ### Examples
       *
       * ```ts
       * await db.insertInto('person')
       *   .columns(['first_name'])
       *   .expression((eb) => eb.selectFrom('pet').select('pet.name'))
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * insert into "person" ("first_name")
       * select "pet"."name" from "pet"
       * ```
       */
      columns(columns) {
        return new _InsertQueryBuilder({
          ...this.#props,
          queryNode: InsertQueryNode.cloneWith(this.#props.queryNode, {
            columns: freeze(columns.map(ColumnNode.create))
          })
        });
      }
      /**
       * Insert an arbitrary expression. For example the result of a select query.
       *
       * ### Examples
       *
       * <!-- siteExample("insert", "Insert subquery", 50) -->
       *
       * You can create an `INSERT INTO SELECT FROM` query using the `expression` method.
       * This API doesn't follow our WYSIWYG principles and might be a bit difficult to
       * remember. The reasons for this design stem from implementation difficulties.
       *
       * ```ts
       * const result = await db.insertInto('person')
       *   .columns(['first_name', 'last_name', 'age'])
       *   .expression((eb) => eb
       *     .selectFrom('pet')
       *     .select((eb) => [
       *       'pet.name',
       *       eb.val('Petson').as('last_name'),
       *       eb.lit(7).as('age'),
       *     ])
       *   )
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * insert into "person" ("first_name", "last_name", "age")
       * select "pet"."name", $1 as "last_name", 7 as "age from "pet"
       * ```
       */
      expression(expression) {
        return new _InsertQueryBuilder({
          ...this.#props,
          queryNode: InsertQueryNode.cloneWith(this.#props.queryNode, {
            values: parseExpression(expression)
          })
        });
      }
      /**
       * Creates an `insert into "person" default values` query.
       *
       * ### Examples
       *
       * ```ts
       * await db.insertInto('person')
       *   .defaultValues()
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * insert into "person" default values
       * ```
       */
      defaultValues() {
        return new _InsertQueryBuilder({
          ...this.#props,
          queryNode: InsertQueryNode.cloneWith(this.#props.queryNode, {
            defaultValues: true
          })
        });
      }
      /**
       * This can be used to add any additional SQL to the end of the query.
       *
       * ### Examples
       *
       * ```ts
       * import { sql } from 'kysely'
       *
       * await db.insertInto('person')
       *   .values({
       *     first_name: 'John',
       *     last_name: 'Doe',
       *     gender: 'male',
       *   })
       *   .modifyEnd(sql`-- This is a comment`)
       *   .execute()
       * ```
       *
       * The generated SQL (MySQL):
       *
       * ```sql
       * insert into `person` ("first_name", "last_name", "gender")
       * values (?, ?, ?) -- This is a comment
       * ```
       */
      modifyEnd(modifier) {
        return new _InsertQueryBuilder({
          ...this.#props,
          queryNode: QueryNode.cloneWithEndModifier(this.#props.queryNode, modifier.toOperationNode())
        });
      }
      /**
       * Changes an `insert into` query to an `insert ignore into` query.
       *
       * This is only supported by some dialects like MySQL.
       *
       * To avoid a footgun, when invoked with the SQLite dialect, this method will
       * be handled like {@link orIgnore}. See also, {@link orAbort}, {@link orFail},
       * {@link orReplace}, and {@link orRollback}.
       *
       * If you use the ignore modifier, ignorable errors that occur while executing the
       * insert statement are ignored. For example, without ignore, a row that duplicates
       * an existing unique index or primary key value in the table causes a duplicate-key
       * error and the statement is aborted. With ignore, the row is discarded and no error
       * occurs.
       *
       * ### Examples
       *
       * ```ts
       * await db.insertInto('person')
       *   .ignore()
       *   .values({
       *     first_name: 'John',
       *     last_name: 'Doe',
       *     gender: 'female',
       *   })
       *   .execute()
       * ```
       *
       * The generated SQL (MySQL):
       *
       * ```sql
       * insert ignore into `person` (`first_name`, `last_name`, `gender`) values (?, ?, ?)
       * ```
       *
       * The generated SQL (SQLite):
       *
       * ```sql
       * insert or ignore into "person" ("first_name", "last_name", "gender") values (?, ?, ?)
       * ```
       */
      ignore() {
        return new _InsertQueryBuilder({
          ...this.#props,
          queryNode: InsertQueryNode.cloneWith(this.#props.queryNode, {
            orAction: OrActionNode.create("ignore")
          })
        });
      }
      /**
       * Changes an `insert into` query to an `insert or ignore into` query.
       *
       * This is only supported by some dialects like SQLite.
       *
       * To avoid a footgun, when invoked with the MySQL dialect, this method will
       * be handled like {@link ignore}.
       *
       * See also, {@link orAbort}, {@link orFail}, {@link orReplace}, and {@link orRollback}.
       *
       * ### Examples
       *
       * ```ts
       * await db.insertInto('person')
       *   .orIgnore()
       *   .values({
       *     first_name: 'John',
       *     last_name: 'Doe',
       *     gender: 'female',
       *   })
       *   .execute()
       * ```
       *
       * The generated SQL (SQLite):
       *
       * ```sql
       * insert or ignore into "person" ("first_name", "last_name", "gender") values (?, ?, ?)
       * ```
       *
       * The generated SQL (MySQL):
       *
       * ```sql
       * insert ignore into `person` (`first_name`, `last_name`, `gender`) values (?, ?, ?)
       * ```
       */
      orIgnore() {
        return new _InsertQueryBuilder({
          ...this.#props,
          queryNode: InsertQueryNode.cloneWith(this.#props.queryNode, {
            orAction: OrActionNode.create("ignore")
          })
        });
      }
      /**
       * Changes an `insert into` query to an `insert or abort into` query.
       *
       * This is only supported by some dialects like SQLite.
       *
       * See also, {@link orIgnore}, {@link orFail}, {@link orReplace}, and {@link orRollback}.
       *
       * ### Examples
       *
       * ```ts
       * await db.insertInto('person')
       *   .orAbort()
       *   .values({
       *     first_name: 'John',
       *     last_name: 'Doe',
       *     gender: 'female',
       *   })
       *   .execute()
       * ```
       *
       * The generated SQL (SQLite):
       *
       * ```sql
       * insert or abort into "person" ("first_name", "last_name", "gender") values (?, ?, ?)
       * ```
       */
      orAbort() {
        return new _InsertQueryBuilder({
          ...this.#props,
          queryNode: InsertQueryNode.cloneWith(this.#props.queryNode, {
            orAction: OrActionNode.create("abort")
          })
        });
      }
      /**
       * Changes an `insert into` query to an `insert or fail into` query.
       *
       * This is only supported by some dialects like SQLite.
       *
       * See also, {@link orIgnore}, {@link orAbort}, {@link orReplace}, and {@link orRollback}.
       *
       * ### Examples
       *
       * ```ts
       * await db.insertInto('person')
       *   .orFail()
       *   .values({
       *     first_name: 'John',
       *     last_name: 'Doe',
       *     gender: 'female',
       *   })
       *   .execute()
       * ```
       *
       * The generated SQL (SQLite):
       *
       * ```sql
       * insert or fail into "person" ("first_name", "last_name", "gender") values (?, ?, ?)
       * ```
       */
      orFail() {
        return new _InsertQueryBuilder({
          ...this.#props,
          queryNode: InsertQueryNode.cloneWith(this.#props.queryNode, {
            orAction: OrActionNode.create("fail")
          })
        });
      }
      /**
       * Changes an `insert into` query to an `insert or replace into` query.
       *
       * This is only supported by some dialects like SQLite.
       *
       * You can also use {@link Kysely.replaceInto} to achieve the same result.
       *
       * See also, {@link orIgnore}, {@link orAbort}, {@link orFail}, and {@link orRollback}.
       *
       * ### Examples
       *
       * ```ts
       * await db.insertInto('person')
       *   .orReplace()
       *   .values({
       *     first_name: 'John',
       *     last_name: 'Doe',
       *     gender: 'female',
       *   })
       *   .execute()
       * ```
       *
       * The generated SQL (SQLite):
       *
       * ```sql
       * insert or replace into "person" ("first_name", "last_name", "gender") values (?, ?, ?)
       * ```
       */
      orReplace() {
        return new _InsertQueryBuilder({
          ...this.#props,
          queryNode: InsertQueryNode.cloneWith(this.#props.queryNode, {
            orAction: OrActionNode.create("replace")
          })
        });
      }
      /**
       * Changes an `insert into` query to an `insert or rollback into` query.
       *
       * This is only supported by some dialects like SQLite.
       *
       * See also, {@link orIgnore}, {@link orAbort}, {@link orFail}, and {@link orReplace}.
       *
       * ### Examples
       *
       * ```ts
       * await db.insertInto('person')
       *   .orRollback()
       *   .values({
       *     first_name: 'John',
       *     last_name: 'Doe',
       *     gender: 'female',
       *   })
       *   .execute()
       * ```
       *
       * The generated SQL (SQLite):
       *
       * ```sql
       * insert or rollback into "person" ("first_name", "last_name", "gender") values (?, ?, ?)
       * ```
       */
      orRollback() {
        return new _InsertQueryBuilder({
          ...this.#props,
          queryNode: InsertQueryNode.cloneWith(this.#props.queryNode, {
            orAction: OrActionNode.create("rollback")
          })
        });
      }
      /**
       * Changes an `insert into` query to an `insert top into` query.
       *
       * `top` clause is only supported by some dialects like MS SQL Server.
       *
       * ### Examples
       *
       * Insert the first 5 rows:
       *
       * ```ts
       * import { sql } from 'kysely'
       *
       * await db.insertInto('person')
       *   .top(5)
       *   .columns(['first_name', 'gender'])
       *   .expression(
       *     (eb) => eb.selectFrom('pet').select(['name', sql.lit('other').as('gender')])
       *   )
       *   .execute()
       * ```
       *
       * The generated SQL (MS SQL Server):
       *
       * ```sql
       * insert top(5) into "person" ("first_name", "gender") select "name", 'other' as "gender" from "pet"
       * ```
       *
       * Insert the first 50 percent of rows:
       *
       * ```ts
       * import { sql } from 'kysely'
       *
       * await db.insertInto('person')
       *   .top(50, 'percent')
       *   .columns(['first_name', 'gender'])
       *   .expression(
       *     (eb) => eb.selectFrom('pet').select(['name', sql.lit('other').as('gender')])
       *   )
       *   .execute()
       * ```
       *
       * The generated SQL (MS SQL Server):
       *
       * ```sql
       * insert top(50) percent into "person" ("first_name", "gender") select "name", 'other' as "gender" from "pet"
       * ```
       */
      top(expression, modifiers) {
        return new _InsertQueryBuilder({
          ...this.#props,
          queryNode: QueryNode.cloneWithTop(this.#props.queryNode, parseTop(expression, modifiers))
        });
      }
      /**
       * Adds an `on conflict` clause to the query.
       *
       * `on conflict` is only supported by some dialects like PostgreSQL and SQLite. On MySQL
       * you can use {@link ignore} and {@link onDuplicateKeyUpdate} to achieve similar results.
       *
       * ### Examples
       *
       * ```ts
       * await db
       *   .insertInto('pet')
       *   .values({
       *     name: 'Catto',
       *     species: 'cat',
       *     owner_id: 3,
       *   })
       *   .onConflict((oc) => oc
       *     .column('name')
       *     .doUpdateSet({ species: 'hamster' })
       *   )
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * insert into "pet" ("name", "species", "owner_id")
       * values ($1, $2, $3)
       * on conflict ("name")
       * do update set "species" = $4
       * ```
       *
       * You can provide the name of the constraint instead of a column name:
       *
       * ```ts
       * await db
       *   .insertInto('pet')
       *   .values({
       *     name: 'Catto',
       *     species: 'cat',
       *     owner_id: 3,
       *   })
       *   .onConflict((oc) => oc
       *     .constraint('pet_name_key')
       *     .doUpdateSet({ species: 'hamster' })
       *   )
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * insert into "pet" ("name", "species", "owner_id")
       * values ($1, $2, $3)
       * on conflict on constraint "pet_name_key"
       * do update set "species" = $4
       * ```
       *
       * You can also specify an expression as the conflict target in case
       * the unique index is an expression index:
       *
       * ```ts
       * import { sql } from 'kysely'
       *
       * await db
       *   .insertInto('pet')
       *   .values({
       *     name: 'Catto',
       *     species: 'cat',
       *     owner_id: 3,
       *   })
       *   .onConflict((oc) => oc
       *     .expression(sql<string>`lower(name)`)
       *     .doUpdateSet({ species: 'hamster' })
       *   )
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * insert into "pet" ("name", "species", "owner_id")
       * values ($1, $2, $3)
       * on conflict (lower(name))
       * do update set "species" = $4
       * ```
       *
       * You can add a filter for the update statement like this:
       *
       * ```ts
       * await db
       *   .insertInto('pet')
       *   .values({
       *     name: 'Catto',
       *     species: 'cat',
       *     owner_id: 3,
       *   })
       *   .onConflict((oc) => oc
       *     .column('name')
       *     .doUpdateSet({ species: 'hamster' })
       *     .where('excluded.name', '!=', 'Catto')
       *   )
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * insert into "pet" ("name", "species", "owner_id")
       * values ($1, $2, $3)
       * on conflict ("name")
       * do update set "species" = $4
       * where "excluded"."name" != $5
       * ```
       *
       * You can create an `on conflict do nothing` clauses like this:
       *
       * ```ts
       * await db
       *   .insertInto('pet')
       *   .values({
       *     name: 'Catto',
       *     species: 'cat',
       *     owner_id: 3,
       *   })
       *   .onConflict((oc) => oc
       *     .column('name')
       *     .doNothing()
       *   )
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * insert into "pet" ("name", "species", "owner_id")
       * values ($1, $2, $3)
       * on conflict ("name") do nothing
       * ```
       *
       * You can refer to the columns of the virtual `excluded` table
       * in a type-safe way using a callback and the `ref` method of
       * `ExpressionBuilder`:
       *
       * ```ts
       * await db.insertInto('person')
       *   .values({
       *     id: 1,
       *     first_name: 'John',
       *     last_name: 'Doe',
       *     gender: 'male',
       *   })
       *   .onConflict(oc => oc
       *     .column('id')
       *     .doUpdateSet({
       *       first_name: (eb) => eb.ref('excluded.first_name'),
       *       last_name: (eb) => eb.ref('excluded.last_name')
       *     })
       *   )
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * insert into "person" ("id", "first_name", "last_name", "gender")
       * values ($1, $2, $3, $4)
       * on conflict ("id")
       * do update set
       *  "first_name" = "excluded"."first_name",
       *  "last_name" = "excluded"."last_name"
       * ```
       */
      onConflict(callback) {
        return new _InsertQueryBuilder({
          ...this.#props,
          queryNode: InsertQueryNode.cloneWith(this.#props.queryNode, {
            onConflict: callback(new OnConflictBuilder({
              onConflictNode: OnConflictNode.create()
            })).toOperationNode()
          })
        });
      }
      /**
       * Adds `on duplicate key update` to the query.
       *
       * If you specify `on duplicate key update`, and a row is inserted that would cause
       * a duplicate value in a unique index or primary key, an update of the old row occurs.
       *
       * This is only implemented by some dialects like MySQL. On most dialects you should
       * use {@link onConflict} instead.
       *
       * ### Examples
       *
       * ```ts
       * await db
       *   .insertInto('person')
       *   .values({
       *     id: 1,
       *     first_name: 'John',
       *     last_name: 'Doe',
       *     gender: 'male',
       *   })
       *   .onDuplicateKeyUpdate({ updated_at: new Date().toISOString() })
       *   .execute()
       * ```
       *
       * The generated SQL (MySQL):
       *
       * ```sql
       * insert into `person` (`id`, `first_name`, `last_name`, `gender`)
       * values (?, ?, ?, ?)
       * on duplicate key update `updated_at` = ?
       * ```
       */
      onDuplicateKeyUpdate(update) {
        return new _InsertQueryBuilder({
          ...this.#props,
          queryNode: InsertQueryNode.cloneWith(this.#props.queryNode, {
            onDuplicateKey: OnDuplicateKeyNode.create(parseUpdateObjectExpression(update))
          })
        });
      }
      returning(selection) {
        return new _InsertQueryBuilder({
          ...this.#props,
          queryNode: QueryNode.cloneWithReturning(this.#props.queryNode, parseSelectArg(selection))
        });
      }
      returningAll() {
        return new _InsertQueryBuilder({
          ...this.#props,
          queryNode: QueryNode.cloneWithReturning(this.#props.queryNode, parseSelectAll())
        });
      }
      output(args) {
        return new _InsertQueryBuilder({
          ...this.#props,
          queryNode: QueryNode.cloneWithOutput(this.#props.queryNode, parseSelectArg(args))
        });
      }
      outputAll(table) {
        return new _InsertQueryBuilder({
          ...this.#props,
          queryNode: QueryNode.cloneWithOutput(this.#props.queryNode, parseSelectAll(table))
        });
      }
      /**
       * Clears all `returning` clauses from the query.
       *
       * ### Examples
       *
       * ```ts
       * await db.insertInto('person')
       *   .values({ first_name: 'James', last_name: 'Smith', gender: 'male' })
       *   .returning(['first_name'])
       *   .clearReturning()
       *   .execute()
       * ```
       *
       * The generated SQL(PostgreSQL):
       *
       * ```sql
       * insert into "person" ("first_name", "last_name", "gender") values ($1, $2, $3)
       * ```
       */
      clearReturning() {
        return new _InsertQueryBuilder({
          ...this.#props,
          queryNode: QueryNode.cloneWithoutReturning(this.#props.queryNode)
        });
      }
      /**
       * Simply calls the provided function passing `this` as the only argument. `$call` returns
       * what the provided function returns.
       *
       * If you want to conditionally call a method on `this`, see
       * the {@link $if} method.
       *
       * ### Examples
       *
       * The next example uses a helper function `log` to log a query:
       *
       * ```ts
       * import type { Compilable } from 'kysely'
       *
       * function log<T extends Compilable>(qb: T): T {
       *   console.log(qb.compile())
       *   return qb
       * }
       *
       * await db.insertInto('person')
       *   .values({ first_name: 'John', last_name: 'Doe', gender: 'male' })
       *   .$call(log)
       *   .execute()
       * ```
       */
      $call(func) {
        return func(this);
      }
      /**
       * Call `func(this)` if `condition` is true.
       *
       * This method is especially handy with optional selects. Any `returning` or `returningAll`
       * method calls add columns as optional fields to the output type when called inside
       * the `func` callback. This is because we can't know if those selections were actually
       * made before running the code.
       *
       * You can also call any other methods inside the callback.
       *
       * ### Examples
       *
       * ```ts
       * import type { NewPerson } from 'type-editor' // imaginary module
       *
       * async function insertPerson(values: NewPerson, returnLastName: boolean) {
       *   return await db
       *     .insertInto('person')
       *     .values(values)
       *     .returning(['id', 'first_name'])
       *     .$if(returnLastName, (qb) => qb.returning('last_name'))
       *     .executeTakeFirstOrThrow()
       * }
       * ```
       *
       * Any selections added inside the `if` callback will be added as optional fields to the
       * output type since we can't know if the selections were actually made before running
       * the code. In the example above the return type of the `insertPerson` function is:
       *
       * ```ts
       * Promise<{
       *   id: number
       *   first_name: string
       *   last_name?: string
       * }>
       * ```
       */
      $if(condition, func) {
        if (condition) {
          return func(this);
        }
        return new _InsertQueryBuilder({
          ...this.#props
        });
      }
      /**
       * Change the output type of the query.
       *
       * This method call doesn't change the SQL in any way. This methods simply
       * returns a copy of this `InsertQueryBuilder` with a new output type.
       */
      $castTo() {
        return new _InsertQueryBuilder(this.#props);
      }
      /**
       * Narrows (parts of) the output type of the query.
       *
       * Kysely tries to be as type-safe as possible, but in some cases we have to make
       * compromises for better maintainability and compilation performance. At present,
       * Kysely doesn't narrow the output type of the query based on {@link values} input
       * when using {@link returning} or {@link returningAll}.
       *
       * This utility method is very useful for these situations, as it removes unncessary
       * runtime assertion/guard code. Its input type is limited to the output type
       * of the query, so you can't add a column that doesn't exist, or change a column's
       * type to something that doesn't exist in its union type.
       *
       * ### Examples
       *
       * Turn this code:
       *
       * ```ts
       * import type { Person } from 'type-editor' // imaginary module
       *
       * const person = await db.insertInto('person')
       *   .values({
       *     first_name: 'John',
       *     last_name: 'Doe',
       *     gender: 'male',
       *     nullable_column: 'hell yeah!'
       *   })
       *   .returningAll()
       *   .executeTakeFirstOrThrow()
       *
       * if (isWithNoNullValue(person)) {
       *   functionThatExpectsPersonWithNonNullValue(person)
       * }
       *
       * function isWithNoNullValue(person: Person): person is Person & { nullable_column: string } {
       *   return person.nullable_column != null
       * }
       * ```
       *
       * Into this:
       *
       * ```ts
       * import type { NotNull } from 'kysely'
       *
       * const person = await db.insertInto('person')
       *   .values({
       *     first_name: 'John',
       *     last_name: 'Doe',
       *     gender: 'male',
       *     nullable_column: 'hell yeah!'
       *   })
       *   .returningAll()
       *   .$narrowType<{ nullable_column: NotNull }>()
       *   .executeTakeFirstOrThrow()
       *
       * functionThatExpectsPersonWithNonNullValue(person)
       * ```
       */
      $narrowType() {
        return new _InsertQueryBuilder(this.#props);
      }
      /**
       * Asserts that query's output row type equals the given type `T`.
       *
       * This method can be used to simplify excessively complex types to make TypeScript happy
       * and much faster.
       *
       * Kysely uses complex type magic to achieve its type safety. This complexity is sometimes too much
       * for TypeScript and you get errors like this:
       *
       * ```
       * error TS2589: Type instantiation is excessively deep and possibly infinite.
       * ```
       *
       * In these case you can often use this method to help TypeScript a little bit. When you use this
       * method to assert the output type of a query, Kysely can drop the complex output type that
       * consists of multiple nested helper types and replace it with the simple asserted type.
       *
       * Using this method doesn't reduce type safety at all. You have to pass in a type that is
       * structurally equal to the current type.
       *
       * ### Examples
       *
       * ```ts
       * import type { NewPerson, NewPet, Species } from 'type-editor' // imaginary module
       *
       * async function insertPersonAndPet(person: NewPerson, pet: Omit<NewPet, 'owner_id'>) {
       *   return await db
       *     .with('new_person', (qb) => qb
       *       .insertInto('person')
       *       .values(person)
       *       .returning('id')
       *       .$assertType<{ id: number }>()
       *     )
       *     .with('new_pet', (qb) => qb
       *       .insertInto('pet')
       *       .values((eb) => ({
       *         owner_id: eb.selectFrom('new_person').select('id'),
       *         ...pet
       *       }))
       *       .returning(['name as pet_name', 'species'])
       *       .$assertType<{ pet_name: string, species: Species }>()
       *     )
       *     .selectFrom(['new_person', 'new_pet'])
       *     .selectAll()
       *     .executeTakeFirstOrThrow()
       * }
       * ```
       */
      $assertType() {
        return new _InsertQueryBuilder(this.#props);
      }
      /**
       * Returns a copy of this InsertQueryBuilder instance with the given plugin installed.
       */
      withPlugin(plugin) {
        return new _InsertQueryBuilder({
          ...this.#props,
          executor: this.#props.executor.withPlugin(plugin)
        });
      }
      toOperationNode() {
        return this.#props.executor.transformQuery(this.#props.queryNode, this.#props.queryId);
      }
      compile() {
        return this.#props.executor.compileQuery(this.toOperationNode(), this.#props.queryId);
      }
      /**
       * Executes the query and returns an array of rows.
       *
       * Also see the {@link executeTakeFirst} and {@link executeTakeFirstOrThrow} methods.
       */
      async execute() {
        const compiledQuery = this.compile();
        const result = await this.#props.executor.executeQuery(compiledQuery);
        const { adapter } = this.#props.executor;
        const query = compiledQuery.query;
        if (query.returning && adapter.supportsReturning || query.output && adapter.supportsOutput) {
          return result.rows;
        }
        return [
          new InsertResult(result.insertId, result.numAffectedRows ?? BigInt(0))
        ];
      }
      /**
       * Executes the query and returns the first result or undefined if
       * the query returned no result.
       */
      async executeTakeFirst() {
        const [result] = await this.execute();
        return result;
      }
      /**
       * Executes the query and returns the first result or throws if
       * the query returned no result.
       *
       * By default an instance of {@link NoResultError} is thrown, but you can
       * provide a custom error class, or callback as the only argument to throw a different
       * error.
       */
      async executeTakeFirstOrThrow(errorConstructor = NoResultError) {
        const result = await this.executeTakeFirst();
        if (result === void 0) {
          const error = isNoResultErrorConstructor(errorConstructor) ? new errorConstructor(this.toOperationNode()) : errorConstructor(this.toOperationNode());
          throw error;
        }
        return result;
      }
      async *stream(chunkSize = 100) {
        const compiledQuery = this.compile();
        const stream = this.#props.executor.stream(compiledQuery, chunkSize);
        for await (const item of stream) {
          yield* item.rows;
        }
      }
      async explain(format, options) {
        const builder = new _InsertQueryBuilder({
          ...this.#props,
          queryNode: QueryNode.cloneWithExplain(this.#props.queryNode, format, options)
        });
        return await builder.execute();
      }
    };
  }
});

// node_modules/kysely/dist/esm/query-builder/delete-result.js
var DeleteResult;
var init_delete_result = __esm({
  "node_modules/kysely/dist/esm/query-builder/delete-result.js"() {
    DeleteResult = class {
      numDeletedRows;
      constructor(numDeletedRows) {
        this.numDeletedRows = numDeletedRows;
      }
    };
  }
});

// node_modules/kysely/dist/esm/operation-node/limit-node.js
var LimitNode;
var init_limit_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/limit-node.js"() {
    init_object_utils();
    LimitNode = freeze({
      is(node) {
        return node.kind === "LimitNode";
      },
      create(limit) {
        return freeze({
          kind: "LimitNode",
          limit
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/query-builder/delete-query-builder.js
var _a, DeleteQueryBuilder;
var init_delete_query_builder = __esm({
  "node_modules/kysely/dist/esm/query-builder/delete-query-builder.js"() {
    init_join_parser();
    init_table_parser();
    init_select_parser();
    init_query_node();
    init_object_utils();
    init_no_result_error();
    init_delete_result();
    init_delete_query_node();
    init_limit_node();
    init_order_by_parser();
    init_binary_operation_parser();
    init_value_parser();
    init_top_parser();
    DeleteQueryBuilder = class {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      where(...args) {
        return new _a({
          ...this.#props,
          queryNode: QueryNode.cloneWithWhere(this.#props.queryNode, parseValueBinaryOperationOrExpression(args))
        });
      }
      whereRef(lhs, op, rhs) {
        return new _a({
          ...this.#props,
          queryNode: QueryNode.cloneWithWhere(this.#props.queryNode, parseReferentialBinaryOperation(lhs, op, rhs))
        });
      }
      clearWhere() {
        return new _a({
          ...this.#props,
          queryNode: QueryNode.cloneWithoutWhere(this.#props.queryNode)
        });
      }
      /**
       * Changes a `delete from` query into a `delete top from` query.
       *
       * `top` clause is only supported by some dialects like MS SQL Server.
       *
       * ### Examples
       *
       * Delete the first 5 rows:
       *
       * ```ts
       * await db
       *   .deleteFrom('person')
       *   .top(5)
       *   .where('age', '>', 18)
       *   .executeTakeFirstOrThrow()
       * ```
       *
       * The generated SQL (MS SQL Server):
       *
       * ```sql
       * delete top(5) from "person" where "age" > @1
       * ```
       *
       * Delete the first 50% of rows:
       *
       * ```ts
       * await db
       *   .deleteFrom('person')
       *   .top(50, 'percent')
       *   .where('age', '>', 18)
       *   .executeTakeFirstOrThrow()
       * ```
       *
       * The generated SQL (MS SQL Server):
       *
       * ```sql
       * delete top(50) percent from "person" where "age" > @1
       * ```
       */
      top(expression, modifiers) {
        return new _a({
          ...this.#props,
          queryNode: QueryNode.cloneWithTop(this.#props.queryNode, parseTop(expression, modifiers))
        });
      }
      using(tables) {
        return new _a({
          ...this.#props,
          queryNode: DeleteQueryNode.cloneWithUsing(this.#props.queryNode, parseTableExpressionOrList(tables))
        });
      }
      innerJoin(...args) {
        return this.#join("InnerJoin", args);
      }
      leftJoin(...args) {
        return this.#join("LeftJoin", args);
      }
      rightJoin(...args) {
        return this.#join("RightJoin", args);
      }
      fullJoin(...args) {
        return this.#join("FullJoin", args);
      }
      #join(joinType, args) {
        return new _a({
          ...this.#props,
          queryNode: QueryNode.cloneWithJoin(this.#props.queryNode, parseJoin(joinType, args))
        });
      }
      returning(selection) {
        return new _a({
          ...this.#props,
          queryNode: QueryNode.cloneWithReturning(this.#props.queryNode, parseSelectArg(selection))
        });
      }
      returningAll(table) {
        return new _a({
          ...this.#props,
          queryNode: QueryNode.cloneWithReturning(this.#props.queryNode, parseSelectAll(table))
        });
      }
      output(args) {
        return new _a({
          ...this.#props,
          queryNode: QueryNode.cloneWithOutput(this.#props.queryNode, parseSelectArg(args))
        });
      }
      outputAll(table) {
        return new _a({
          ...this.#props,
          queryNode: QueryNode.cloneWithOutput(this.#props.queryNode, parseSelectAll(table))
        });
      }
      /**
       * Clears all `returning` clauses from the query.
       *
       * ### Examples
       *
       * ```ts
       * await db.deleteFrom('pet')
       *   .returningAll()
       *   .where('name', '=', 'Max')
       *   .clearReturning()
       *   .execute()
       * ```
       *
       * The generated SQL(PostgreSQL):
       *
       * ```sql
       * delete from "pet" where "name" = "Max"
       * ```
       */
      clearReturning() {
        return new _a({
          ...this.#props,
          queryNode: QueryNode.cloneWithoutReturning(this.#props.queryNode)
        });
      }
      /**
       * Clears the `limit` clause from the query.
       *
       * ### Examples
       *
       * ```ts
       * await db.deleteFrom('pet')
       *   .returningAll()
       *   .where('name', '=', 'Max')
       *   .limit(5)
       *   .clearLimit()
       *   .execute()
       * ```
       *
       * The generated SQL(PostgreSQL):
       *
       * ```sql
       * delete from "pet" where "name" = "Max" returning *
       * ```
       */
      clearLimit() {
        return new _a({
          ...this.#props,
          queryNode: DeleteQueryNode.cloneWithoutLimit(this.#props.queryNode)
        });
      }
      orderBy(...args) {
        return new _a({
          ...this.#props,
          queryNode: QueryNode.cloneWithOrderByItems(this.#props.queryNode, parseOrderBy(args))
        });
      }
      clearOrderBy() {
        return new _a({
          ...this.#props,
          queryNode: QueryNode.cloneWithoutOrderBy(this.#props.queryNode)
        });
      }
      /**
       * Adds a limit clause to the query.
       *
       * A limit clause in a delete query is only supported by some dialects
       * like MySQL.
       *
       * ### Examples
       *
       * Delete 5 oldest items in a table:
       *
       * ```ts
       * await db
       *   .deleteFrom('pet')
       *   .orderBy('created_at')
       *   .limit(5)
       *   .execute()
       * ```
       *
       * The generated SQL (MySQL):
       *
       * ```sql
       * delete from `pet` order by `created_at` limit ?
       * ```
       */
      limit(limit) {
        return new _a({
          ...this.#props,
          queryNode: DeleteQueryNode.cloneWithLimit(this.#props.queryNode, LimitNode.create(parseValueExpression(limit)))
        });
      }
      /**
       * This can be used to add any additional SQL to the end of the query.
       *
       * ### Examples
       *
       * ```ts
       * import { sql } from 'kysely'
       *
       * await db.deleteFrom('person')
       *   .where('first_name', '=', 'John')
       *   .modifyEnd(sql`-- This is a comment`)
       *   .execute()
       * ```
       *
       * The generated SQL (MySQL):
       *
       * ```sql
       * delete from `person`
       * where `first_name` = "John" -- This is a comment
       * ```
       */
      modifyEnd(modifier) {
        return new _a({
          ...this.#props,
          queryNode: QueryNode.cloneWithEndModifier(this.#props.queryNode, modifier.toOperationNode())
        });
      }
      /**
       * Simply calls the provided function passing `this` as the only argument. `$call` returns
       * what the provided function returns.
       *
       * If you want to conditionally call a method on `this`, see
       * the {@link $if} method.
       *
       * ### Examples
       *
       * The next example uses a helper function `log` to log a query:
       *
       * ```ts
       * import type { Compilable } from 'kysely'
       *
       * function log<T extends Compilable>(qb: T): T {
       *   console.log(qb.compile())
       *   return qb
       * }
       *
       * await db.deleteFrom('person')
       *   .$call(log)
       *   .execute()
       * ```
       */
      $call(func) {
        return func(this);
      }
      /**
       * Call `func(this)` if `condition` is true.
       *
       * This method is especially handy with optional selects. Any `returning` or `returningAll`
       * method calls add columns as optional fields to the output type when called inside
       * the `func` callback. This is because we can't know if those selections were actually
       * made before running the code.
       *
       * You can also call any other methods inside the callback.
       *
       * ### Examples
       *
       * ```ts
       * async function deletePerson(id: number, returnLastName: boolean) {
       *   return await db
       *     .deleteFrom('person')
       *     .where('id', '=', id)
       *     .returning(['id', 'first_name'])
       *     .$if(returnLastName, (qb) => qb.returning('last_name'))
       *     .executeTakeFirstOrThrow()
       * }
       * ```
       *
       * Any selections added inside the `if` callback will be added as optional fields to the
       * output type since we can't know if the selections were actually made before running
       * the code. In the example above the return type of the `deletePerson` function is:
       *
       * ```ts
       * Promise<{
       *   id: number
       *   first_name: string
       *   last_name?: string
       * }>
       * ```
       */
      $if(condition, func) {
        if (condition) {
          return func(this);
        }
        return new _a({
          ...this.#props
        });
      }
      /**
       * Change the output type of the query.
       *
       * This method call doesn't change the SQL in any way. This methods simply
       * returns a copy of this `DeleteQueryBuilder` with a new output type.
       */
      $castTo() {
        return new _a(this.#props);
      }
      /**
       * Narrows (parts of) the output type of the query.
       *
       * Kysely tries to be as type-safe as possible, but in some cases we have to make
       * compromises for better maintainability and compilation performance. At present,
       * Kysely doesn't narrow the output type of the query when using {@link where} and {@link returning} or {@link returningAll}.
       *
       * This utility method is very useful for these situations, as it removes unncessary
       * runtime assertion/guard code. Its input type is limited to the output type
       * of the query, so you can't add a column that doesn't exist, or change a column's
       * type to something that doesn't exist in its union type.
       *
       * ### Examples
       *
       * Turn this code:
       *
       * ```ts
       * import type { Person } from 'type-editor' // imaginary module
       *
       * const person = await db.deleteFrom('person')
       *   .where('id', '=', 3)
       *   .where('nullable_column', 'is not', null)
       *   .returningAll()
       *   .executeTakeFirstOrThrow()
       *
       * if (isWithNoNullValue(person)) {
       *   functionThatExpectsPersonWithNonNullValue(person)
       * }
       *
       * function isWithNoNullValue(person: Person): person is Person & { nullable_column: string } {
       *   return person.nullable_column != null
       * }
       * ```
       *
       * Into this:
       *
       * ```ts
       * import type { NotNull } from 'kysely'
       *
       * const person = await db.deleteFrom('person')
       *   .where('id', '=', 3)
       *   .where('nullable_column', 'is not', null)
       *   .returningAll()
       *   .$narrowType<{ nullable_column: NotNull }>()
       *   .executeTakeFirstOrThrow()
       *
       * functionThatExpectsPersonWithNonNullValue(person)
       * ```
       */
      $narrowType() {
        return new _a(this.#props);
      }
      /**
       * Asserts that query's output row type equals the given type `T`.
       *
       * This method can be used to simplify excessively complex types to make TypeScript happy
       * and much faster.
       *
       * Kysely uses complex type magic to achieve its type safety. This complexity is sometimes too much
       * for TypeScript and you get errors like this:
       *
       * ```
       * error TS2589: Type instantiation is excessively deep and possibly infinite.
       * ```
       *
       * In these case you can often use this method to help TypeScript a little bit. When you use this
       * method to assert the output type of a query, Kysely can drop the complex output type that
       * consists of multiple nested helper types and replace it with the simple asserted type.
       *
       * Using this method doesn't reduce type safety at all. You have to pass in a type that is
       * structurally equal to the current type.
       *
       * ### Examples
       *
       * ```ts
       * import type { Species } from 'type-editor' // imaginary module
       *
       * async function deletePersonAndPets(personId: number) {
       *   return await db
       *     .with('deleted_person', (qb) => qb
       *        .deleteFrom('person')
       *        .where('id', '=', personId)
       *        .returning('first_name')
       *        .$assertType<{ first_name: string }>()
       *     )
       *     .with('deleted_pets', (qb) => qb
       *       .deleteFrom('pet')
       *       .where('owner_id', '=', personId)
       *       .returning(['name as pet_name', 'species'])
       *       .$assertType<{ pet_name: string, species: Species }>()
       *     )
       *     .selectFrom(['deleted_person', 'deleted_pets'])
       *     .selectAll()
       *     .execute()
       * }
       * ```
       */
      $assertType() {
        return new _a(this.#props);
      }
      /**
       * Returns a copy of this DeleteQueryBuilder instance with the given plugin installed.
       */
      withPlugin(plugin) {
        return new _a({
          ...this.#props,
          executor: this.#props.executor.withPlugin(plugin)
        });
      }
      toOperationNode() {
        return this.#props.executor.transformQuery(this.#props.queryNode, this.#props.queryId);
      }
      compile() {
        return this.#props.executor.compileQuery(this.toOperationNode(), this.#props.queryId);
      }
      /**
       * Executes the query and returns an array of rows.
       *
       * Also see the {@link executeTakeFirst} and {@link executeTakeFirstOrThrow} methods.
       */
      async execute() {
        const compiledQuery = this.compile();
        const result = await this.#props.executor.executeQuery(compiledQuery);
        const { adapter } = this.#props.executor;
        const query = compiledQuery.query;
        if (query.returning && adapter.supportsReturning || query.output && adapter.supportsOutput) {
          return result.rows;
        }
        return [new DeleteResult(result.numAffectedRows ?? BigInt(0))];
      }
      /**
       * Executes the query and returns the first result or undefined if
       * the query returned no result.
       */
      async executeTakeFirst() {
        const [result] = await this.execute();
        return result;
      }
      /**
       * Executes the query and returns the first result or throws if
       * the query returned no result.
       *
       * By default an instance of {@link NoResultError} is thrown, but you can
       * provide a custom error class, or callback as the only argument to throw a different
       * error.
       */
      async executeTakeFirstOrThrow(errorConstructor = NoResultError) {
        const result = await this.executeTakeFirst();
        if (result === void 0) {
          const error = isNoResultErrorConstructor(errorConstructor) ? new errorConstructor(this.toOperationNode()) : errorConstructor(this.toOperationNode());
          throw error;
        }
        return result;
      }
      async *stream(chunkSize = 100) {
        const compiledQuery = this.compile();
        const stream = this.#props.executor.stream(compiledQuery, chunkSize);
        for await (const item of stream) {
          yield* item.rows;
        }
      }
      async explain(format, options) {
        const builder = new _a({
          ...this.#props,
          queryNode: QueryNode.cloneWithExplain(this.#props.queryNode, format, options)
        });
        return await builder.execute();
      }
    };
    _a = DeleteQueryBuilder;
  }
});

// node_modules/kysely/dist/esm/query-builder/update-result.js
var UpdateResult;
var init_update_result = __esm({
  "node_modules/kysely/dist/esm/query-builder/update-result.js"() {
    UpdateResult = class {
      /**
       * The number of rows the update query updated (even if not changed).
       */
      numUpdatedRows;
      /**
       * The number of rows the update query changed.
       *
       * This is **optional** and only supported in dialects such as MySQL.
       * You would probably use {@link numUpdatedRows} in most cases.
       */
      numChangedRows;
      constructor(numUpdatedRows, numChangedRows) {
        this.numUpdatedRows = numUpdatedRows;
        this.numChangedRows = numChangedRows;
      }
    };
  }
});

// node_modules/kysely/dist/esm/query-builder/update-query-builder.js
var _a2, UpdateQueryBuilder;
var init_update_query_builder = __esm({
  "node_modules/kysely/dist/esm/query-builder/update-query-builder.js"() {
    init_join_parser();
    init_table_parser();
    init_select_parser();
    init_query_node();
    init_update_query_node();
    init_update_set_parser();
    init_object_utils();
    init_update_result();
    init_no_result_error();
    init_binary_operation_parser();
    init_value_parser();
    init_limit_node();
    init_top_parser();
    init_order_by_parser();
    UpdateQueryBuilder = class {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      where(...args) {
        return new _a2({
          ...this.#props,
          queryNode: QueryNode.cloneWithWhere(this.#props.queryNode, parseValueBinaryOperationOrExpression(args))
        });
      }
      whereRef(lhs, op, rhs) {
        return new _a2({
          ...this.#props,
          queryNode: QueryNode.cloneWithWhere(this.#props.queryNode, parseReferentialBinaryOperation(lhs, op, rhs))
        });
      }
      clearWhere() {
        return new _a2({
          ...this.#props,
          queryNode: QueryNode.cloneWithoutWhere(this.#props.queryNode)
        });
      }
      /**
       * Changes an `update` query into a `update top` query.
       *
       * `top` clause is only supported by some dialects like MS SQL Server.
       *
       * ### Examples
       *
       * Update the first row:
       *
       * ```ts
       * await db.updateTable('person')
       *   .top(1)
       *   .set({ first_name: 'Foo' })
       *   .where('age', '>', 18)
       *   .executeTakeFirstOrThrow()
       * ```
       *
       * The generated SQL (MS SQL Server):
       *
       * ```sql
       * update top(1) "person" set "first_name" = @1 where "age" > @2
       * ```
       *
       * Update the 50% first rows:
       *
       * ```ts
       * await db.updateTable('person')
       *   .top(50, 'percent')
       *   .set({ first_name: 'Foo' })
       *   .where('age', '>', 18)
       *   .executeTakeFirstOrThrow()
       * ```
       *
       * The generated SQL (MS SQL Server):
       *
       * ```sql
       * update top(50) percent "person" set "first_name" = @1 where "age" > @2
       * ```
       */
      top(expression, modifiers) {
        return new _a2({
          ...this.#props,
          queryNode: QueryNode.cloneWithTop(this.#props.queryNode, parseTop(expression, modifiers))
        });
      }
      from(from) {
        return new _a2({
          ...this.#props,
          queryNode: UpdateQueryNode.cloneWithFromItems(this.#props.queryNode, parseTableExpressionOrList(from))
        });
      }
      innerJoin(...args) {
        return this.#join("InnerJoin", args);
      }
      leftJoin(...args) {
        return this.#join("LeftJoin", args);
      }
      rightJoin(...args) {
        return this.#join("RightJoin", args);
      }
      fullJoin(...args) {
        return this.#join("FullJoin", args);
      }
      #join(joinType, args) {
        return new _a2({
          ...this.#props,
          queryNode: QueryNode.cloneWithJoin(this.#props.queryNode, parseJoin(joinType, args))
        });
      }
      orderBy(...args) {
        return new _a2({
          ...this.#props,
          queryNode: QueryNode.cloneWithOrderByItems(this.#props.queryNode, parseOrderBy(args))
        });
      }
      clearOrderBy() {
        return new _a2({
          ...this.#props,
          queryNode: QueryNode.cloneWithoutOrderBy(this.#props.queryNode)
        });
      }
      /**
       * Adds a limit clause to the update query for supported databases, such as MySQL.
       *
       * ### Examples
       *
       * Update the first 2 rows in the 'person' table:
       *
       * ```ts
       * await db
       *   .updateTable('person')
       *   .set({ first_name: 'Foo' })
       *   .limit(2)
       *   .execute()
       * ```
       *
       * The generated SQL (MySQL):
       *
       * ```sql
       * update `person` set `first_name` = ? limit ?
       * ```
       */
      limit(limit) {
        return new _a2({
          ...this.#props,
          queryNode: UpdateQueryNode.cloneWithLimit(this.#props.queryNode, LimitNode.create(parseValueExpression(limit)))
        });
      }
      set(...args) {
        return new _a2({
          ...this.#props,
          queryNode: UpdateQueryNode.cloneWithUpdates(this.#props.queryNode, parseUpdate(...args))
        });
      }
      returning(selection) {
        return new _a2({
          ...this.#props,
          queryNode: QueryNode.cloneWithReturning(this.#props.queryNode, parseSelectArg(selection))
        });
      }
      returningAll(table) {
        return new _a2({
          ...this.#props,
          queryNode: QueryNode.cloneWithReturning(this.#props.queryNode, parseSelectAll(table))
        });
      }
      output(args) {
        return new _a2({
          ...this.#props,
          queryNode: QueryNode.cloneWithOutput(this.#props.queryNode, parseSelectArg(args))
        });
      }
      outputAll(table) {
        return new _a2({
          ...this.#props,
          queryNode: QueryNode.cloneWithOutput(this.#props.queryNode, parseSelectAll(table))
        });
      }
      /**
       * This can be used to add any additional SQL to the end of the query.
       *
       * ### Examples
       *
       * ```ts
       * import { sql } from 'kysely'
       *
       * await db.updateTable('person')
       *   .set({ age: 39 })
       *   .where('first_name', '=', 'John')
       *   .modifyEnd(sql.raw('-- This is a comment'))
       *   .execute()
       * ```
       *
       * The generated SQL (MySQL):
       *
       * ```sql
       * update `person`
       * set `age` = 39
       * where `first_name` = "John" -- This is a comment
       * ```
       */
      modifyEnd(modifier) {
        return new _a2({
          ...this.#props,
          queryNode: QueryNode.cloneWithEndModifier(this.#props.queryNode, modifier.toOperationNode())
        });
      }
      /**
       * Clears all `returning` clauses from the query.
       *
       * ### Examples
       *
       * ```ts
       * db.updateTable('person')
       *   .returningAll()
       *   .set({ age: 39 })
       *   .where('first_name', '=', 'John')
       *   .clearReturning()
       * ```
       *
       * The generated SQL(PostgreSQL):
       *
       * ```sql
       * update "person" set "age" = 39 where "first_name" = "John"
       * ```
       */
      clearReturning() {
        return new _a2({
          ...this.#props,
          queryNode: QueryNode.cloneWithoutReturning(this.#props.queryNode)
        });
      }
      /**
       * Simply calls the provided function passing `this` as the only argument. `$call` returns
       * what the provided function returns.
       *
       * If you want to conditionally call a method on `this`, see
       * the {@link $if} method.
       *
       * ### Examples
       *
       * The next example uses a helper function `log` to log a query:
       *
       * ```ts
       * import type { Compilable } from 'kysely'
       * import type { PersonUpdate } from 'type-editor' // imaginary module
       *
       * function log<T extends Compilable>(qb: T): T {
       *   console.log(qb.compile())
       *   return qb
       * }
       *
       * const values = {
       *   first_name: 'John',
       * } satisfies PersonUpdate
       *
       * db.updateTable('person')
       *   .set(values)
       *   .$call(log)
       *   .execute()
       * ```
       */
      $call(func) {
        return func(this);
      }
      /**
       * Call `func(this)` if `condition` is true.
       *
       * This method is especially handy with optional selects. Any `returning` or `returningAll`
       * method calls add columns as optional fields to the output type when called inside
       * the `func` callback. This is because we can't know if those selections were actually
       * made before running the code.
       *
       * You can also call any other methods inside the callback.
       *
       * ### Examples
       *
       * ```ts
       * import type { PersonUpdate } from 'type-editor' // imaginary module
       *
       * async function updatePerson(id: number, updates: PersonUpdate, returnLastName: boolean) {
       *   return await db
       *     .updateTable('person')
       *     .set(updates)
       *     .where('id', '=', id)
       *     .returning(['id', 'first_name'])
       *     .$if(returnLastName, (qb) => qb.returning('last_name'))
       *     .executeTakeFirstOrThrow()
       * }
       * ```
       *
       * Any selections added inside the `if` callback will be added as optional fields to the
       * output type since we can't know if the selections were actually made before running
       * the code. In the example above the return type of the `updatePerson` function is:
       *
       * ```ts
       * Promise<{
       *   id: number
       *   first_name: string
       *   last_name?: string
       * }>
       * ```
       */
      $if(condition, func) {
        if (condition) {
          return func(this);
        }
        return new _a2({
          ...this.#props
        });
      }
      /**
       * Change the output type of the query.
       *
       * This method call doesn't change the SQL in any way. This methods simply
       * returns a copy of this `UpdateQueryBuilder` with a new output type.
       */
      $castTo() {
        return new _a2(this.#props);
      }
      /**
       * Narrows (parts of) the output type of the query.
       *
       * Kysely tries to be as type-safe as possible, but in some cases we have to make
       * compromises for better maintainability and compilation performance. At present,
       * Kysely doesn't narrow the output type of the query based on {@link set} input
       * when using {@link where} and/or {@link returning} or {@link returningAll}.
       *
       * This utility method is very useful for these situations, as it removes unncessary
       * runtime assertion/guard code. Its input type is limited to the output type
       * of the query, so you can't add a column that doesn't exist, or change a column's
       * type to something that doesn't exist in its union type.
       *
       * ### Examples
       *
       * Turn this code:
       *
       * ```ts
       * import type { Person } from 'type-editor' // imaginary module
       *
       * const id = 1
       * const now = new Date().toISOString()
       *
       * const person = await db.updateTable('person')
       *   .set({ deleted_at: now })
       *   .where('id', '=', id)
       *   .where('nullable_column', 'is not', null)
       *   .returningAll()
       *   .executeTakeFirstOrThrow()
       *
       * if (isWithNoNullValue(person)) {
       *   functionThatExpectsPersonWithNonNullValue(person)
       * }
       *
       * function isWithNoNullValue(person: Person): person is Person & { nullable_column: string } {
       *   return person.nullable_column != null
       * }
       * ```
       *
       * Into this:
       *
       * ```ts
       * import type { NotNull } from 'kysely'
       *
       * const id = 1
       * const now = new Date().toISOString()
       *
       * const person = await db.updateTable('person')
       *   .set({ deleted_at: now })
       *   .where('id', '=', id)
       *   .where('nullable_column', 'is not', null)
       *   .returningAll()
       *   .$narrowType<{ deleted_at: Date; nullable_column: NotNull }>()
       *   .executeTakeFirstOrThrow()
       *
       * functionThatExpectsPersonWithNonNullValue(person)
       * ```
       */
      $narrowType() {
        return new _a2(this.#props);
      }
      /**
       * Asserts that query's output row type equals the given type `T`.
       *
       * This method can be used to simplify excessively complex types to make TypeScript happy
       * and much faster.
       *
       * Kysely uses complex type magic to achieve its type safety. This complexity is sometimes too much
       * for TypeScript and you get errors like this:
       *
       * ```
       * error TS2589: Type instantiation is excessively deep and possibly infinite.
       * ```
       *
       * In these case you can often use this method to help TypeScript a little bit. When you use this
       * method to assert the output type of a query, Kysely can drop the complex output type that
       * consists of multiple nested helper types and replace it with the simple asserted type.
       *
       * Using this method doesn't reduce type safety at all. You have to pass in a type that is
       * structurally equal to the current type.
       *
       * ### Examples
       *
       * ```ts
       * import type { PersonUpdate, PetUpdate, Species } from 'type-editor' // imaginary module
       *
       * const person = {
       *   id: 1,
       *   gender: 'other',
       * } satisfies PersonUpdate
       *
       * const pet = {
       *   name: 'Fluffy',
       * } satisfies PetUpdate
       *
       * const result = await db
       *   .with('updated_person', (qb) => qb
       *     .updateTable('person')
       *     .set(person)
       *     .where('id', '=', person.id)
       *     .returning('first_name')
       *     .$assertType<{ first_name: string }>()
       *   )
       *   .with('updated_pet', (qb) => qb
       *     .updateTable('pet')
       *     .set(pet)
       *     .where('owner_id', '=', person.id)
       *     .returning(['name as pet_name', 'species'])
       *     .$assertType<{ pet_name: string, species: Species }>()
       *   )
       *   .selectFrom(['updated_person', 'updated_pet'])
       *   .selectAll()
       *   .executeTakeFirstOrThrow()
       * ```
       */
      $assertType() {
        return new _a2(this.#props);
      }
      /**
       * Returns a copy of this UpdateQueryBuilder instance with the given plugin installed.
       */
      withPlugin(plugin) {
        return new _a2({
          ...this.#props,
          executor: this.#props.executor.withPlugin(plugin)
        });
      }
      toOperationNode() {
        return this.#props.executor.transformQuery(this.#props.queryNode, this.#props.queryId);
      }
      compile() {
        return this.#props.executor.compileQuery(this.toOperationNode(), this.#props.queryId);
      }
      /**
       * Executes the query and returns an array of rows.
       *
       * Also see the {@link executeTakeFirst} and {@link executeTakeFirstOrThrow} methods.
       */
      async execute() {
        const compiledQuery = this.compile();
        const result = await this.#props.executor.executeQuery(compiledQuery);
        const { adapter } = this.#props.executor;
        const query = compiledQuery.query;
        if (query.returning && adapter.supportsReturning || query.output && adapter.supportsOutput) {
          return result.rows;
        }
        return [
          new UpdateResult(result.numAffectedRows ?? BigInt(0), result.numChangedRows)
        ];
      }
      /**
       * Executes the query and returns the first result or undefined if
       * the query returned no result.
       */
      async executeTakeFirst() {
        const [result] = await this.execute();
        return result;
      }
      /**
       * Executes the query and returns the first result or throws if
       * the query returned no result.
       *
       * By default an instance of {@link NoResultError} is thrown, but you can
       * provide a custom error class, or callback as the only argument to throw a different
       * error.
       */
      async executeTakeFirstOrThrow(errorConstructor = NoResultError) {
        const result = await this.executeTakeFirst();
        if (result === void 0) {
          const error = isNoResultErrorConstructor(errorConstructor) ? new errorConstructor(this.toOperationNode()) : errorConstructor(this.toOperationNode());
          throw error;
        }
        return result;
      }
      async *stream(chunkSize = 100) {
        const compiledQuery = this.compile();
        const stream = this.#props.executor.stream(compiledQuery, chunkSize);
        for await (const item of stream) {
          yield* item.rows;
        }
      }
      async explain(format, options) {
        const builder = new _a2({
          ...this.#props,
          queryNode: QueryNode.cloneWithExplain(this.#props.queryNode, format, options)
        });
        return await builder.execute();
      }
    };
    _a2 = UpdateQueryBuilder;
  }
});

// node_modules/kysely/dist/esm/operation-node/common-table-expression-name-node.js
var CommonTableExpressionNameNode;
var init_common_table_expression_name_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/common-table-expression-name-node.js"() {
    init_object_utils();
    init_column_node();
    init_table_node();
    CommonTableExpressionNameNode = freeze({
      is(node) {
        return node.kind === "CommonTableExpressionNameNode";
      },
      create(tableName, columnNames) {
        return freeze({
          kind: "CommonTableExpressionNameNode",
          table: TableNode.create(tableName),
          columns: columnNames ? freeze(columnNames.map(ColumnNode.create)) : void 0
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/common-table-expression-node.js
var CommonTableExpressionNode;
var init_common_table_expression_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/common-table-expression-node.js"() {
    init_object_utils();
    CommonTableExpressionNode = freeze({
      is(node) {
        return node.kind === "CommonTableExpressionNode";
      },
      create(name, expression) {
        return freeze({
          kind: "CommonTableExpressionNode",
          name,
          expression
        });
      },
      cloneWith(node, props) {
        return freeze({
          ...node,
          ...props
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/query-builder/cte-builder.js
var CTEBuilder;
var init_cte_builder = __esm({
  "node_modules/kysely/dist/esm/query-builder/cte-builder.js"() {
    init_common_table_expression_node();
    init_object_utils();
    CTEBuilder = class _CTEBuilder {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      /**
       * Makes the common table expression materialized.
       */
      materialized() {
        return new _CTEBuilder({
          ...this.#props,
          node: CommonTableExpressionNode.cloneWith(this.#props.node, {
            materialized: true
          })
        });
      }
      /**
       * Makes the common table expression not materialized.
       */
      notMaterialized() {
        return new _CTEBuilder({
          ...this.#props,
          node: CommonTableExpressionNode.cloneWith(this.#props.node, {
            materialized: false
          })
        });
      }
      toOperationNode() {
        return this.#props.node;
      }
    };
  }
});

// node_modules/kysely/dist/esm/parser/with-parser.js
function parseCommonTableExpression(nameOrBuilderCallback, expression) {
  const expressionNode = expression(createQueryCreator()).toOperationNode();
  if (isFunction(nameOrBuilderCallback)) {
    return nameOrBuilderCallback(cteBuilderFactory(expressionNode)).toOperationNode();
  }
  return CommonTableExpressionNode.create(parseCommonTableExpressionName(nameOrBuilderCallback), expressionNode);
}
function cteBuilderFactory(expressionNode) {
  return (name) => {
    return new CTEBuilder({
      node: CommonTableExpressionNode.create(parseCommonTableExpressionName(name), expressionNode)
    });
  };
}
function parseCommonTableExpressionName(name) {
  if (name.includes("(")) {
    const parts = name.split(/[\(\)]/);
    const table = parts[0];
    const columns = parts[1].split(",").map((it) => it.trim());
    return CommonTableExpressionNameNode.create(table, columns);
  } else {
    return CommonTableExpressionNameNode.create(name);
  }
}
var init_with_parser = __esm({
  "node_modules/kysely/dist/esm/parser/with-parser.js"() {
    init_common_table_expression_name_node();
    init_parse_utils();
    init_object_utils();
    init_cte_builder();
    init_common_table_expression_node();
  }
});

// node_modules/kysely/dist/esm/operation-node/with-node.js
var WithNode;
var init_with_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/with-node.js"() {
    init_object_utils();
    WithNode = freeze({
      is(node) {
        return node.kind === "WithNode";
      },
      create(expression, params) {
        return freeze({
          kind: "WithNode",
          expressions: freeze([expression]),
          ...params
        });
      },
      cloneWithExpression(withNode, expression) {
        return freeze({
          ...withNode,
          expressions: freeze([...withNode.expressions, expression])
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/util/random-string.js
function randomString(length) {
  let chars = "";
  for (let i = 0; i < length; ++i) {
    chars += randomChar();
  }
  return chars;
}
function randomChar() {
  return CHARS[~~(Math.random() * CHARS.length)];
}
var CHARS;
var init_random_string = __esm({
  "node_modules/kysely/dist/esm/util/random-string.js"() {
    CHARS = [
      "A",
      "B",
      "C",
      "D",
      "E",
      "F",
      "G",
      "H",
      "I",
      "J",
      "K",
      "L",
      "M",
      "N",
      "O",
      "P",
      "Q",
      "R",
      "S",
      "T",
      "U",
      "V",
      "W",
      "X",
      "Y",
      "Z",
      "a",
      "b",
      "c",
      "d",
      "e",
      "f",
      "g",
      "h",
      "i",
      "j",
      "k",
      "l",
      "m",
      "n",
      "o",
      "p",
      "q",
      "r",
      "s",
      "t",
      "u",
      "v",
      "w",
      "x",
      "y",
      "z",
      "0",
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9"
    ];
  }
});

// node_modules/kysely/dist/esm/util/query-id.js
function createQueryId() {
  return new LazyQueryId();
}
var LazyQueryId;
var init_query_id = __esm({
  "node_modules/kysely/dist/esm/util/query-id.js"() {
    init_random_string();
    LazyQueryId = class {
      #queryId;
      get queryId() {
        if (this.#queryId === void 0) {
          this.#queryId = randomString(8);
        }
        return this.#queryId;
      }
    };
  }
});

// node_modules/kysely/dist/esm/util/require-all-props.js
function requireAllProps(obj) {
  return obj;
}
var init_require_all_props = __esm({
  "node_modules/kysely/dist/esm/util/require-all-props.js"() {
  }
});

// node_modules/kysely/dist/esm/operation-node/operation-node-transformer.js
var OperationNodeTransformer;
var init_operation_node_transformer = __esm({
  "node_modules/kysely/dist/esm/operation-node/operation-node-transformer.js"() {
    init_object_utils();
    init_require_all_props();
    OperationNodeTransformer = class {
      nodeStack = [];
      #transformers = freeze({
        AliasNode: this.transformAlias.bind(this),
        ColumnNode: this.transformColumn.bind(this),
        IdentifierNode: this.transformIdentifier.bind(this),
        SchemableIdentifierNode: this.transformSchemableIdentifier.bind(this),
        RawNode: this.transformRaw.bind(this),
        ReferenceNode: this.transformReference.bind(this),
        SelectQueryNode: this.transformSelectQuery.bind(this),
        SelectionNode: this.transformSelection.bind(this),
        TableNode: this.transformTable.bind(this),
        FromNode: this.transformFrom.bind(this),
        SelectAllNode: this.transformSelectAll.bind(this),
        AndNode: this.transformAnd.bind(this),
        OrNode: this.transformOr.bind(this),
        ValueNode: this.transformValue.bind(this),
        ValueListNode: this.transformValueList.bind(this),
        PrimitiveValueListNode: this.transformPrimitiveValueList.bind(this),
        ParensNode: this.transformParens.bind(this),
        JoinNode: this.transformJoin.bind(this),
        OperatorNode: this.transformOperator.bind(this),
        WhereNode: this.transformWhere.bind(this),
        InsertQueryNode: this.transformInsertQuery.bind(this),
        DeleteQueryNode: this.transformDeleteQuery.bind(this),
        ReturningNode: this.transformReturning.bind(this),
        CreateTableNode: this.transformCreateTable.bind(this),
        AddColumnNode: this.transformAddColumn.bind(this),
        ColumnDefinitionNode: this.transformColumnDefinition.bind(this),
        DropTableNode: this.transformDropTable.bind(this),
        DataTypeNode: this.transformDataType.bind(this),
        OrderByNode: this.transformOrderBy.bind(this),
        OrderByItemNode: this.transformOrderByItem.bind(this),
        GroupByNode: this.transformGroupBy.bind(this),
        GroupByItemNode: this.transformGroupByItem.bind(this),
        UpdateQueryNode: this.transformUpdateQuery.bind(this),
        ColumnUpdateNode: this.transformColumnUpdate.bind(this),
        LimitNode: this.transformLimit.bind(this),
        OffsetNode: this.transformOffset.bind(this),
        OnConflictNode: this.transformOnConflict.bind(this),
        OnDuplicateKeyNode: this.transformOnDuplicateKey.bind(this),
        CreateIndexNode: this.transformCreateIndex.bind(this),
        DropIndexNode: this.transformDropIndex.bind(this),
        ListNode: this.transformList.bind(this),
        PrimaryKeyConstraintNode: this.transformPrimaryKeyConstraint.bind(this),
        UniqueConstraintNode: this.transformUniqueConstraint.bind(this),
        ReferencesNode: this.transformReferences.bind(this),
        CheckConstraintNode: this.transformCheckConstraint.bind(this),
        WithNode: this.transformWith.bind(this),
        CommonTableExpressionNode: this.transformCommonTableExpression.bind(this),
        CommonTableExpressionNameNode: this.transformCommonTableExpressionName.bind(this),
        HavingNode: this.transformHaving.bind(this),
        CreateSchemaNode: this.transformCreateSchema.bind(this),
        DropSchemaNode: this.transformDropSchema.bind(this),
        AlterTableNode: this.transformAlterTable.bind(this),
        DropColumnNode: this.transformDropColumn.bind(this),
        RenameColumnNode: this.transformRenameColumn.bind(this),
        AlterColumnNode: this.transformAlterColumn.bind(this),
        ModifyColumnNode: this.transformModifyColumn.bind(this),
        AddConstraintNode: this.transformAddConstraint.bind(this),
        DropConstraintNode: this.transformDropConstraint.bind(this),
        RenameConstraintNode: this.transformRenameConstraint.bind(this),
        ForeignKeyConstraintNode: this.transformForeignKeyConstraint.bind(this),
        CreateViewNode: this.transformCreateView.bind(this),
        RefreshMaterializedViewNode: this.transformRefreshMaterializedView.bind(this),
        DropViewNode: this.transformDropView.bind(this),
        GeneratedNode: this.transformGenerated.bind(this),
        DefaultValueNode: this.transformDefaultValue.bind(this),
        OnNode: this.transformOn.bind(this),
        ValuesNode: this.transformValues.bind(this),
        SelectModifierNode: this.transformSelectModifier.bind(this),
        CreateTypeNode: this.transformCreateType.bind(this),
        DropTypeNode: this.transformDropType.bind(this),
        ExplainNode: this.transformExplain.bind(this),
        DefaultInsertValueNode: this.transformDefaultInsertValue.bind(this),
        AggregateFunctionNode: this.transformAggregateFunction.bind(this),
        OverNode: this.transformOver.bind(this),
        PartitionByNode: this.transformPartitionBy.bind(this),
        PartitionByItemNode: this.transformPartitionByItem.bind(this),
        SetOperationNode: this.transformSetOperation.bind(this),
        BinaryOperationNode: this.transformBinaryOperation.bind(this),
        UnaryOperationNode: this.transformUnaryOperation.bind(this),
        UsingNode: this.transformUsing.bind(this),
        FunctionNode: this.transformFunction.bind(this),
        CaseNode: this.transformCase.bind(this),
        WhenNode: this.transformWhen.bind(this),
        JSONReferenceNode: this.transformJSONReference.bind(this),
        JSONPathNode: this.transformJSONPath.bind(this),
        JSONPathLegNode: this.transformJSONPathLeg.bind(this),
        JSONOperatorChainNode: this.transformJSONOperatorChain.bind(this),
        TupleNode: this.transformTuple.bind(this),
        MergeQueryNode: this.transformMergeQuery.bind(this),
        MatchedNode: this.transformMatched.bind(this),
        AddIndexNode: this.transformAddIndex.bind(this),
        CastNode: this.transformCast.bind(this),
        FetchNode: this.transformFetch.bind(this),
        TopNode: this.transformTop.bind(this),
        OutputNode: this.transformOutput.bind(this),
        OrActionNode: this.transformOrAction.bind(this),
        CollateNode: this.transformCollate.bind(this)
      });
      transformNode(node, queryId) {
        if (!node) {
          return node;
        }
        this.nodeStack.push(node);
        const out = this.transformNodeImpl(node, queryId);
        this.nodeStack.pop();
        return freeze(out);
      }
      transformNodeImpl(node, queryId) {
        return this.#transformers[node.kind](node, queryId);
      }
      transformNodeList(list, queryId) {
        if (!list) {
          return list;
        }
        return freeze(list.map((node) => this.transformNode(node, queryId)));
      }
      transformSelectQuery(node, queryId) {
        return requireAllProps({
          kind: "SelectQueryNode",
          from: this.transformNode(node.from, queryId),
          selections: this.transformNodeList(node.selections, queryId),
          distinctOn: this.transformNodeList(node.distinctOn, queryId),
          joins: this.transformNodeList(node.joins, queryId),
          groupBy: this.transformNode(node.groupBy, queryId),
          orderBy: this.transformNode(node.orderBy, queryId),
          where: this.transformNode(node.where, queryId),
          frontModifiers: this.transformNodeList(node.frontModifiers, queryId),
          endModifiers: this.transformNodeList(node.endModifiers, queryId),
          limit: this.transformNode(node.limit, queryId),
          offset: this.transformNode(node.offset, queryId),
          with: this.transformNode(node.with, queryId),
          having: this.transformNode(node.having, queryId),
          explain: this.transformNode(node.explain, queryId),
          setOperations: this.transformNodeList(node.setOperations, queryId),
          fetch: this.transformNode(node.fetch, queryId),
          top: this.transformNode(node.top, queryId)
        });
      }
      transformSelection(node, queryId) {
        return requireAllProps({
          kind: "SelectionNode",
          selection: this.transformNode(node.selection, queryId)
        });
      }
      transformColumn(node, queryId) {
        return requireAllProps({
          kind: "ColumnNode",
          column: this.transformNode(node.column, queryId)
        });
      }
      transformAlias(node, queryId) {
        return requireAllProps({
          kind: "AliasNode",
          node: this.transformNode(node.node, queryId),
          alias: this.transformNode(node.alias, queryId)
        });
      }
      transformTable(node, queryId) {
        return requireAllProps({
          kind: "TableNode",
          table: this.transformNode(node.table, queryId)
        });
      }
      transformFrom(node, queryId) {
        return requireAllProps({
          kind: "FromNode",
          froms: this.transformNodeList(node.froms, queryId)
        });
      }
      transformReference(node, queryId) {
        return requireAllProps({
          kind: "ReferenceNode",
          column: this.transformNode(node.column, queryId),
          table: this.transformNode(node.table, queryId)
        });
      }
      transformAnd(node, queryId) {
        return requireAllProps({
          kind: "AndNode",
          left: this.transformNode(node.left, queryId),
          right: this.transformNode(node.right, queryId)
        });
      }
      transformOr(node, queryId) {
        return requireAllProps({
          kind: "OrNode",
          left: this.transformNode(node.left, queryId),
          right: this.transformNode(node.right, queryId)
        });
      }
      transformValueList(node, queryId) {
        return requireAllProps({
          kind: "ValueListNode",
          values: this.transformNodeList(node.values, queryId)
        });
      }
      transformParens(node, queryId) {
        return requireAllProps({
          kind: "ParensNode",
          node: this.transformNode(node.node, queryId)
        });
      }
      transformJoin(node, queryId) {
        return requireAllProps({
          kind: "JoinNode",
          joinType: node.joinType,
          table: this.transformNode(node.table, queryId),
          on: this.transformNode(node.on, queryId)
        });
      }
      transformRaw(node, queryId) {
        return requireAllProps({
          kind: "RawNode",
          sqlFragments: freeze([...node.sqlFragments]),
          parameters: this.transformNodeList(node.parameters, queryId)
        });
      }
      transformWhere(node, queryId) {
        return requireAllProps({
          kind: "WhereNode",
          where: this.transformNode(node.where, queryId)
        });
      }
      transformInsertQuery(node, queryId) {
        return requireAllProps({
          kind: "InsertQueryNode",
          into: this.transformNode(node.into, queryId),
          columns: this.transformNodeList(node.columns, queryId),
          values: this.transformNode(node.values, queryId),
          returning: this.transformNode(node.returning, queryId),
          onConflict: this.transformNode(node.onConflict, queryId),
          onDuplicateKey: this.transformNode(node.onDuplicateKey, queryId),
          endModifiers: this.transformNodeList(node.endModifiers, queryId),
          with: this.transformNode(node.with, queryId),
          ignore: node.ignore,
          orAction: this.transformNode(node.orAction, queryId),
          replace: node.replace,
          explain: this.transformNode(node.explain, queryId),
          defaultValues: node.defaultValues,
          top: this.transformNode(node.top, queryId),
          output: this.transformNode(node.output, queryId)
        });
      }
      transformValues(node, queryId) {
        return requireAllProps({
          kind: "ValuesNode",
          values: this.transformNodeList(node.values, queryId)
        });
      }
      transformDeleteQuery(node, queryId) {
        return requireAllProps({
          kind: "DeleteQueryNode",
          from: this.transformNode(node.from, queryId),
          using: this.transformNode(node.using, queryId),
          joins: this.transformNodeList(node.joins, queryId),
          where: this.transformNode(node.where, queryId),
          returning: this.transformNode(node.returning, queryId),
          endModifiers: this.transformNodeList(node.endModifiers, queryId),
          with: this.transformNode(node.with, queryId),
          orderBy: this.transformNode(node.orderBy, queryId),
          limit: this.transformNode(node.limit, queryId),
          explain: this.transformNode(node.explain, queryId),
          top: this.transformNode(node.top, queryId),
          output: this.transformNode(node.output, queryId)
        });
      }
      transformReturning(node, queryId) {
        return requireAllProps({
          kind: "ReturningNode",
          selections: this.transformNodeList(node.selections, queryId)
        });
      }
      transformCreateTable(node, queryId) {
        return requireAllProps({
          kind: "CreateTableNode",
          table: this.transformNode(node.table, queryId),
          columns: this.transformNodeList(node.columns, queryId),
          constraints: this.transformNodeList(node.constraints, queryId),
          temporary: node.temporary,
          ifNotExists: node.ifNotExists,
          onCommit: node.onCommit,
          frontModifiers: this.transformNodeList(node.frontModifiers, queryId),
          endModifiers: this.transformNodeList(node.endModifiers, queryId),
          selectQuery: this.transformNode(node.selectQuery, queryId)
        });
      }
      transformColumnDefinition(node, queryId) {
        return requireAllProps({
          kind: "ColumnDefinitionNode",
          column: this.transformNode(node.column, queryId),
          dataType: this.transformNode(node.dataType, queryId),
          references: this.transformNode(node.references, queryId),
          primaryKey: node.primaryKey,
          autoIncrement: node.autoIncrement,
          unique: node.unique,
          notNull: node.notNull,
          unsigned: node.unsigned,
          defaultTo: this.transformNode(node.defaultTo, queryId),
          check: this.transformNode(node.check, queryId),
          generated: this.transformNode(node.generated, queryId),
          frontModifiers: this.transformNodeList(node.frontModifiers, queryId),
          endModifiers: this.transformNodeList(node.endModifiers, queryId),
          nullsNotDistinct: node.nullsNotDistinct,
          identity: node.identity,
          ifNotExists: node.ifNotExists
        });
      }
      transformAddColumn(node, queryId) {
        return requireAllProps({
          kind: "AddColumnNode",
          column: this.transformNode(node.column, queryId)
        });
      }
      transformDropTable(node, queryId) {
        return requireAllProps({
          kind: "DropTableNode",
          table: this.transformNode(node.table, queryId),
          ifExists: node.ifExists,
          cascade: node.cascade
        });
      }
      transformOrderBy(node, queryId) {
        return requireAllProps({
          kind: "OrderByNode",
          items: this.transformNodeList(node.items, queryId)
        });
      }
      transformOrderByItem(node, queryId) {
        return requireAllProps({
          kind: "OrderByItemNode",
          orderBy: this.transformNode(node.orderBy, queryId),
          direction: this.transformNode(node.direction, queryId),
          collation: this.transformNode(node.collation, queryId),
          nulls: node.nulls
        });
      }
      transformGroupBy(node, queryId) {
        return requireAllProps({
          kind: "GroupByNode",
          items: this.transformNodeList(node.items, queryId)
        });
      }
      transformGroupByItem(node, queryId) {
        return requireAllProps({
          kind: "GroupByItemNode",
          groupBy: this.transformNode(node.groupBy, queryId)
        });
      }
      transformUpdateQuery(node, queryId) {
        return requireAllProps({
          kind: "UpdateQueryNode",
          table: this.transformNode(node.table, queryId),
          from: this.transformNode(node.from, queryId),
          joins: this.transformNodeList(node.joins, queryId),
          where: this.transformNode(node.where, queryId),
          updates: this.transformNodeList(node.updates, queryId),
          returning: this.transformNode(node.returning, queryId),
          endModifiers: this.transformNodeList(node.endModifiers, queryId),
          with: this.transformNode(node.with, queryId),
          explain: this.transformNode(node.explain, queryId),
          limit: this.transformNode(node.limit, queryId),
          top: this.transformNode(node.top, queryId),
          output: this.transformNode(node.output, queryId),
          orderBy: this.transformNode(node.orderBy, queryId)
        });
      }
      transformColumnUpdate(node, queryId) {
        return requireAllProps({
          kind: "ColumnUpdateNode",
          column: this.transformNode(node.column, queryId),
          value: this.transformNode(node.value, queryId)
        });
      }
      transformLimit(node, queryId) {
        return requireAllProps({
          kind: "LimitNode",
          limit: this.transformNode(node.limit, queryId)
        });
      }
      transformOffset(node, queryId) {
        return requireAllProps({
          kind: "OffsetNode",
          offset: this.transformNode(node.offset, queryId)
        });
      }
      transformOnConflict(node, queryId) {
        return requireAllProps({
          kind: "OnConflictNode",
          columns: this.transformNodeList(node.columns, queryId),
          constraint: this.transformNode(node.constraint, queryId),
          indexExpression: this.transformNode(node.indexExpression, queryId),
          indexWhere: this.transformNode(node.indexWhere, queryId),
          updates: this.transformNodeList(node.updates, queryId),
          updateWhere: this.transformNode(node.updateWhere, queryId),
          doNothing: node.doNothing
        });
      }
      transformOnDuplicateKey(node, queryId) {
        return requireAllProps({
          kind: "OnDuplicateKeyNode",
          updates: this.transformNodeList(node.updates, queryId)
        });
      }
      transformCreateIndex(node, queryId) {
        return requireAllProps({
          kind: "CreateIndexNode",
          name: this.transformNode(node.name, queryId),
          table: this.transformNode(node.table, queryId),
          columns: this.transformNodeList(node.columns, queryId),
          unique: node.unique,
          using: this.transformNode(node.using, queryId),
          ifNotExists: node.ifNotExists,
          where: this.transformNode(node.where, queryId),
          nullsNotDistinct: node.nullsNotDistinct
        });
      }
      transformList(node, queryId) {
        return requireAllProps({
          kind: "ListNode",
          items: this.transformNodeList(node.items, queryId)
        });
      }
      transformDropIndex(node, queryId) {
        return requireAllProps({
          kind: "DropIndexNode",
          name: this.transformNode(node.name, queryId),
          table: this.transformNode(node.table, queryId),
          ifExists: node.ifExists,
          cascade: node.cascade
        });
      }
      transformPrimaryKeyConstraint(node, queryId) {
        return requireAllProps({
          kind: "PrimaryKeyConstraintNode",
          columns: this.transformNodeList(node.columns, queryId),
          name: this.transformNode(node.name, queryId),
          deferrable: node.deferrable,
          initiallyDeferred: node.initiallyDeferred
        });
      }
      transformUniqueConstraint(node, queryId) {
        return requireAllProps({
          kind: "UniqueConstraintNode",
          columns: this.transformNodeList(node.columns, queryId),
          name: this.transformNode(node.name, queryId),
          nullsNotDistinct: node.nullsNotDistinct,
          deferrable: node.deferrable,
          initiallyDeferred: node.initiallyDeferred
        });
      }
      transformForeignKeyConstraint(node, queryId) {
        return requireAllProps({
          kind: "ForeignKeyConstraintNode",
          columns: this.transformNodeList(node.columns, queryId),
          references: this.transformNode(node.references, queryId),
          name: this.transformNode(node.name, queryId),
          onDelete: node.onDelete,
          onUpdate: node.onUpdate,
          deferrable: node.deferrable,
          initiallyDeferred: node.initiallyDeferred
        });
      }
      transformSetOperation(node, queryId) {
        return requireAllProps({
          kind: "SetOperationNode",
          operator: node.operator,
          expression: this.transformNode(node.expression, queryId),
          all: node.all
        });
      }
      transformReferences(node, queryId) {
        return requireAllProps({
          kind: "ReferencesNode",
          table: this.transformNode(node.table, queryId),
          columns: this.transformNodeList(node.columns, queryId),
          onDelete: node.onDelete,
          onUpdate: node.onUpdate
        });
      }
      transformCheckConstraint(node, queryId) {
        return requireAllProps({
          kind: "CheckConstraintNode",
          expression: this.transformNode(node.expression, queryId),
          name: this.transformNode(node.name, queryId)
        });
      }
      transformWith(node, queryId) {
        return requireAllProps({
          kind: "WithNode",
          expressions: this.transformNodeList(node.expressions, queryId),
          recursive: node.recursive
        });
      }
      transformCommonTableExpression(node, queryId) {
        return requireAllProps({
          kind: "CommonTableExpressionNode",
          name: this.transformNode(node.name, queryId),
          materialized: node.materialized,
          expression: this.transformNode(node.expression, queryId)
        });
      }
      transformCommonTableExpressionName(node, queryId) {
        return requireAllProps({
          kind: "CommonTableExpressionNameNode",
          table: this.transformNode(node.table, queryId),
          columns: this.transformNodeList(node.columns, queryId)
        });
      }
      transformHaving(node, queryId) {
        return requireAllProps({
          kind: "HavingNode",
          having: this.transformNode(node.having, queryId)
        });
      }
      transformCreateSchema(node, queryId) {
        return requireAllProps({
          kind: "CreateSchemaNode",
          schema: this.transformNode(node.schema, queryId),
          ifNotExists: node.ifNotExists
        });
      }
      transformDropSchema(node, queryId) {
        return requireAllProps({
          kind: "DropSchemaNode",
          schema: this.transformNode(node.schema, queryId),
          ifExists: node.ifExists,
          cascade: node.cascade
        });
      }
      transformAlterTable(node, queryId) {
        return requireAllProps({
          kind: "AlterTableNode",
          table: this.transformNode(node.table, queryId),
          renameTo: this.transformNode(node.renameTo, queryId),
          setSchema: this.transformNode(node.setSchema, queryId),
          columnAlterations: this.transformNodeList(node.columnAlterations, queryId),
          addConstraint: this.transformNode(node.addConstraint, queryId),
          dropConstraint: this.transformNode(node.dropConstraint, queryId),
          renameConstraint: this.transformNode(node.renameConstraint, queryId),
          addIndex: this.transformNode(node.addIndex, queryId),
          dropIndex: this.transformNode(node.dropIndex, queryId)
        });
      }
      transformDropColumn(node, queryId) {
        return requireAllProps({
          kind: "DropColumnNode",
          column: this.transformNode(node.column, queryId)
        });
      }
      transformRenameColumn(node, queryId) {
        return requireAllProps({
          kind: "RenameColumnNode",
          column: this.transformNode(node.column, queryId),
          renameTo: this.transformNode(node.renameTo, queryId)
        });
      }
      transformAlterColumn(node, queryId) {
        return requireAllProps({
          kind: "AlterColumnNode",
          column: this.transformNode(node.column, queryId),
          dataType: this.transformNode(node.dataType, queryId),
          dataTypeExpression: this.transformNode(node.dataTypeExpression, queryId),
          setDefault: this.transformNode(node.setDefault, queryId),
          dropDefault: node.dropDefault,
          setNotNull: node.setNotNull,
          dropNotNull: node.dropNotNull
        });
      }
      transformModifyColumn(node, queryId) {
        return requireAllProps({
          kind: "ModifyColumnNode",
          column: this.transformNode(node.column, queryId)
        });
      }
      transformAddConstraint(node, queryId) {
        return requireAllProps({
          kind: "AddConstraintNode",
          constraint: this.transformNode(node.constraint, queryId)
        });
      }
      transformDropConstraint(node, queryId) {
        return requireAllProps({
          kind: "DropConstraintNode",
          constraintName: this.transformNode(node.constraintName, queryId),
          ifExists: node.ifExists,
          modifier: node.modifier
        });
      }
      transformRenameConstraint(node, queryId) {
        return requireAllProps({
          kind: "RenameConstraintNode",
          oldName: this.transformNode(node.oldName, queryId),
          newName: this.transformNode(node.newName, queryId)
        });
      }
      transformCreateView(node, queryId) {
        return requireAllProps({
          kind: "CreateViewNode",
          name: this.transformNode(node.name, queryId),
          temporary: node.temporary,
          orReplace: node.orReplace,
          ifNotExists: node.ifNotExists,
          materialized: node.materialized,
          columns: this.transformNodeList(node.columns, queryId),
          as: this.transformNode(node.as, queryId)
        });
      }
      transformRefreshMaterializedView(node, queryId) {
        return requireAllProps({
          kind: "RefreshMaterializedViewNode",
          name: this.transformNode(node.name, queryId),
          concurrently: node.concurrently,
          withNoData: node.withNoData
        });
      }
      transformDropView(node, queryId) {
        return requireAllProps({
          kind: "DropViewNode",
          name: this.transformNode(node.name, queryId),
          ifExists: node.ifExists,
          materialized: node.materialized,
          cascade: node.cascade
        });
      }
      transformGenerated(node, queryId) {
        return requireAllProps({
          kind: "GeneratedNode",
          byDefault: node.byDefault,
          always: node.always,
          identity: node.identity,
          stored: node.stored,
          expression: this.transformNode(node.expression, queryId)
        });
      }
      transformDefaultValue(node, queryId) {
        return requireAllProps({
          kind: "DefaultValueNode",
          defaultValue: this.transformNode(node.defaultValue, queryId)
        });
      }
      transformOn(node, queryId) {
        return requireAllProps({
          kind: "OnNode",
          on: this.transformNode(node.on, queryId)
        });
      }
      transformSelectModifier(node, queryId) {
        return requireAllProps({
          kind: "SelectModifierNode",
          modifier: node.modifier,
          rawModifier: this.transformNode(node.rawModifier, queryId),
          of: this.transformNodeList(node.of, queryId)
        });
      }
      transformCreateType(node, queryId) {
        return requireAllProps({
          kind: "CreateTypeNode",
          name: this.transformNode(node.name, queryId),
          enum: this.transformNode(node.enum, queryId)
        });
      }
      transformDropType(node, queryId) {
        return requireAllProps({
          kind: "DropTypeNode",
          name: this.transformNode(node.name, queryId),
          ifExists: node.ifExists
        });
      }
      transformExplain(node, queryId) {
        return requireAllProps({
          kind: "ExplainNode",
          format: node.format,
          options: this.transformNode(node.options, queryId)
        });
      }
      transformSchemableIdentifier(node, queryId) {
        return requireAllProps({
          kind: "SchemableIdentifierNode",
          schema: this.transformNode(node.schema, queryId),
          identifier: this.transformNode(node.identifier, queryId)
        });
      }
      transformAggregateFunction(node, queryId) {
        return requireAllProps({
          kind: "AggregateFunctionNode",
          func: node.func,
          aggregated: this.transformNodeList(node.aggregated, queryId),
          distinct: node.distinct,
          orderBy: this.transformNode(node.orderBy, queryId),
          withinGroup: this.transformNode(node.withinGroup, queryId),
          filter: this.transformNode(node.filter, queryId),
          over: this.transformNode(node.over, queryId)
        });
      }
      transformOver(node, queryId) {
        return requireAllProps({
          kind: "OverNode",
          orderBy: this.transformNode(node.orderBy, queryId),
          partitionBy: this.transformNode(node.partitionBy, queryId)
        });
      }
      transformPartitionBy(node, queryId) {
        return requireAllProps({
          kind: "PartitionByNode",
          items: this.transformNodeList(node.items, queryId)
        });
      }
      transformPartitionByItem(node, queryId) {
        return requireAllProps({
          kind: "PartitionByItemNode",
          partitionBy: this.transformNode(node.partitionBy, queryId)
        });
      }
      transformBinaryOperation(node, queryId) {
        return requireAllProps({
          kind: "BinaryOperationNode",
          leftOperand: this.transformNode(node.leftOperand, queryId),
          operator: this.transformNode(node.operator, queryId),
          rightOperand: this.transformNode(node.rightOperand, queryId)
        });
      }
      transformUnaryOperation(node, queryId) {
        return requireAllProps({
          kind: "UnaryOperationNode",
          operator: this.transformNode(node.operator, queryId),
          operand: this.transformNode(node.operand, queryId)
        });
      }
      transformUsing(node, queryId) {
        return requireAllProps({
          kind: "UsingNode",
          tables: this.transformNodeList(node.tables, queryId)
        });
      }
      transformFunction(node, queryId) {
        return requireAllProps({
          kind: "FunctionNode",
          func: node.func,
          arguments: this.transformNodeList(node.arguments, queryId)
        });
      }
      transformCase(node, queryId) {
        return requireAllProps({
          kind: "CaseNode",
          value: this.transformNode(node.value, queryId),
          when: this.transformNodeList(node.when, queryId),
          else: this.transformNode(node.else, queryId),
          isStatement: node.isStatement
        });
      }
      transformWhen(node, queryId) {
        return requireAllProps({
          kind: "WhenNode",
          condition: this.transformNode(node.condition, queryId),
          result: this.transformNode(node.result, queryId)
        });
      }
      transformJSONReference(node, queryId) {
        return requireAllProps({
          kind: "JSONReferenceNode",
          reference: this.transformNode(node.reference, queryId),
          traversal: this.transformNode(node.traversal, queryId)
        });
      }
      transformJSONPath(node, queryId) {
        return requireAllProps({
          kind: "JSONPathNode",
          inOperator: this.transformNode(node.inOperator, queryId),
          pathLegs: this.transformNodeList(node.pathLegs, queryId)
        });
      }
      transformJSONPathLeg(node, _queryId) {
        return requireAllProps({
          kind: "JSONPathLegNode",
          type: node.type,
          value: node.value
        });
      }
      transformJSONOperatorChain(node, queryId) {
        return requireAllProps({
          kind: "JSONOperatorChainNode",
          operator: this.transformNode(node.operator, queryId),
          values: this.transformNodeList(node.values, queryId)
        });
      }
      transformTuple(node, queryId) {
        return requireAllProps({
          kind: "TupleNode",
          values: this.transformNodeList(node.values, queryId)
        });
      }
      transformMergeQuery(node, queryId) {
        return requireAllProps({
          kind: "MergeQueryNode",
          into: this.transformNode(node.into, queryId),
          using: this.transformNode(node.using, queryId),
          whens: this.transformNodeList(node.whens, queryId),
          with: this.transformNode(node.with, queryId),
          top: this.transformNode(node.top, queryId),
          endModifiers: this.transformNodeList(node.endModifiers, queryId),
          output: this.transformNode(node.output, queryId),
          returning: this.transformNode(node.returning, queryId)
        });
      }
      transformMatched(node, _queryId) {
        return requireAllProps({
          kind: "MatchedNode",
          not: node.not,
          bySource: node.bySource
        });
      }
      transformAddIndex(node, queryId) {
        return requireAllProps({
          kind: "AddIndexNode",
          name: this.transformNode(node.name, queryId),
          columns: this.transformNodeList(node.columns, queryId),
          unique: node.unique,
          using: this.transformNode(node.using, queryId),
          ifNotExists: node.ifNotExists
        });
      }
      transformCast(node, queryId) {
        return requireAllProps({
          kind: "CastNode",
          expression: this.transformNode(node.expression, queryId),
          dataType: this.transformNode(node.dataType, queryId)
        });
      }
      transformFetch(node, queryId) {
        return requireAllProps({
          kind: "FetchNode",
          rowCount: this.transformNode(node.rowCount, queryId),
          modifier: node.modifier
        });
      }
      transformTop(node, _queryId) {
        return requireAllProps({
          kind: "TopNode",
          expression: node.expression,
          modifiers: node.modifiers
        });
      }
      transformOutput(node, queryId) {
        return requireAllProps({
          kind: "OutputNode",
          selections: this.transformNodeList(node.selections, queryId)
        });
      }
      transformDataType(node, _queryId) {
        return node;
      }
      transformSelectAll(node, _queryId) {
        return node;
      }
      transformIdentifier(node, _queryId) {
        return node;
      }
      transformValue(node, _queryId) {
        return node;
      }
      transformPrimitiveValueList(node, _queryId) {
        return node;
      }
      transformOperator(node, _queryId) {
        return node;
      }
      transformDefaultInsertValue(node, _queryId) {
        return node;
      }
      transformOrAction(node, _queryId) {
        return node;
      }
      transformCollate(node, _queryId) {
        return node;
      }
    };
  }
});

// node_modules/kysely/dist/esm/plugin/with-schema/with-schema-transformer.js
var ROOT_OPERATION_NODES, SCHEMALESS_FUNCTIONS, WithSchemaTransformer;
var init_with_schema_transformer = __esm({
  "node_modules/kysely/dist/esm/plugin/with-schema/with-schema-transformer.js"() {
    init_alias_node();
    init_identifier_node();
    init_join_node();
    init_list_node();
    init_operation_node_transformer();
    init_schemable_identifier_node();
    init_table_node();
    init_using_node();
    init_object_utils();
    ROOT_OPERATION_NODES = freeze({
      AlterTableNode: true,
      CreateIndexNode: true,
      CreateSchemaNode: true,
      CreateTableNode: true,
      CreateTypeNode: true,
      CreateViewNode: true,
      RefreshMaterializedViewNode: true,
      DeleteQueryNode: true,
      DropIndexNode: true,
      DropSchemaNode: true,
      DropTableNode: true,
      DropTypeNode: true,
      DropViewNode: true,
      InsertQueryNode: true,
      RawNode: true,
      SelectQueryNode: true,
      UpdateQueryNode: true,
      MergeQueryNode: true
    });
    SCHEMALESS_FUNCTIONS = {
      json_agg: true,
      to_json: true
    };
    WithSchemaTransformer = class extends OperationNodeTransformer {
      #schema;
      #schemableIds = /* @__PURE__ */ new Set();
      #ctes = /* @__PURE__ */ new Set();
      constructor(schema) {
        super();
        this.#schema = schema;
      }
      transformNodeImpl(node, queryId) {
        if (!this.#isRootOperationNode(node)) {
          return super.transformNodeImpl(node, queryId);
        }
        const ctes = this.#collectCTEs(node);
        for (const cte of ctes) {
          this.#ctes.add(cte);
        }
        const tables = this.#collectSchemableIds(node);
        for (const table of tables) {
          this.#schemableIds.add(table);
        }
        const transformed = super.transformNodeImpl(node, queryId);
        for (const table of tables) {
          this.#schemableIds.delete(table);
        }
        for (const cte of ctes) {
          this.#ctes.delete(cte);
        }
        return transformed;
      }
      transformSchemableIdentifier(node, queryId) {
        const transformed = super.transformSchemableIdentifier(node, queryId);
        if (transformed.schema || !this.#schemableIds.has(node.identifier.name)) {
          return transformed;
        }
        return {
          ...transformed,
          schema: IdentifierNode.create(this.#schema)
        };
      }
      transformReferences(node, queryId) {
        const transformed = super.transformReferences(node, queryId);
        if (transformed.table.table.schema) {
          return transformed;
        }
        return {
          ...transformed,
          table: TableNode.createWithSchema(this.#schema, transformed.table.table.identifier.name)
        };
      }
      transformAggregateFunction(node, queryId) {
        return {
          ...super.transformAggregateFunction({ ...node, aggregated: [] }, queryId),
          aggregated: this.#transformTableArgsWithoutSchemas(node, queryId, "aggregated")
        };
      }
      transformFunction(node, queryId) {
        return {
          ...super.transformFunction({ ...node, arguments: [] }, queryId),
          arguments: this.#transformTableArgsWithoutSchemas(node, queryId, "arguments")
        };
      }
      transformSelectModifier(node, queryId) {
        return {
          ...super.transformSelectModifier({ ...node, of: void 0 }, queryId),
          of: node.of?.map((item) => TableNode.is(item) && !item.table.schema ? {
            ...item,
            table: this.transformIdentifier(item.table.identifier, queryId)
          } : this.transformNode(item, queryId))
        };
      }
      #transformTableArgsWithoutSchemas(node, queryId, argsKey) {
        return SCHEMALESS_FUNCTIONS[node.func] ? node[argsKey].map((arg) => !TableNode.is(arg) || arg.table.schema ? this.transformNode(arg, queryId) : {
          ...arg,
          table: this.transformIdentifier(arg.table.identifier, queryId)
        }) : this.transformNodeList(node[argsKey], queryId);
      }
      #isRootOperationNode(node) {
        return node.kind in ROOT_OPERATION_NODES;
      }
      #collectSchemableIds(node) {
        const schemableIds = /* @__PURE__ */ new Set();
        if ("name" in node && node.name && SchemableIdentifierNode.is(node.name)) {
          this.#collectSchemableId(node.name, schemableIds);
        }
        if ("from" in node && node.from) {
          for (const from of node.from.froms) {
            this.#collectSchemableIdsFromTableExpr(from, schemableIds);
          }
        }
        if ("into" in node && node.into) {
          this.#collectSchemableIdsFromTableExpr(node.into, schemableIds);
        }
        if ("table" in node && node.table) {
          this.#collectSchemableIdsFromTableExpr(node.table, schemableIds);
        }
        if ("joins" in node && node.joins) {
          for (const join2 of node.joins) {
            this.#collectSchemableIdsFromTableExpr(join2.table, schemableIds);
          }
        }
        if ("using" in node && node.using) {
          if (JoinNode.is(node.using)) {
            this.#collectSchemableIdsFromTableExpr(node.using.table, schemableIds);
          } else {
            this.#collectSchemableIdsFromTableExpr(node.using, schemableIds);
          }
        }
        return schemableIds;
      }
      #collectCTEs(node) {
        const ctes = /* @__PURE__ */ new Set();
        if ("with" in node && node.with) {
          this.#collectCTEIds(node.with, ctes);
        }
        return ctes;
      }
      #collectSchemableIdsFromTableExpr(node, schemableIds) {
        if (TableNode.is(node)) {
          return this.#collectSchemableId(node.table, schemableIds);
        }
        if (AliasNode.is(node) && TableNode.is(node.node)) {
          return this.#collectSchemableId(node.node.table, schemableIds);
        }
        if (ListNode.is(node)) {
          for (const table of node.items) {
            this.#collectSchemableIdsFromTableExpr(table, schemableIds);
          }
          return;
        }
        if (UsingNode.is(node)) {
          for (const table of node.tables) {
            this.#collectSchemableIdsFromTableExpr(table, schemableIds);
          }
          return;
        }
      }
      #collectSchemableId(node, schemableIds) {
        const id = node.identifier.name;
        if (!this.#schemableIds.has(id) && !this.#ctes.has(id)) {
          schemableIds.add(id);
        }
      }
      #collectCTEIds(node, ctes) {
        for (const expr of node.expressions) {
          const cteId = expr.name.table.table.identifier.name;
          if (!this.#ctes.has(cteId)) {
            ctes.add(cteId);
          }
        }
      }
    };
  }
});

// node_modules/kysely/dist/esm/plugin/with-schema/with-schema-plugin.js
var WithSchemaPlugin;
var init_with_schema_plugin = __esm({
  "node_modules/kysely/dist/esm/plugin/with-schema/with-schema-plugin.js"() {
    init_with_schema_transformer();
    WithSchemaPlugin = class {
      #transformer;
      constructor(schema) {
        this.#transformer = new WithSchemaTransformer(schema);
      }
      transformQuery(args) {
        return this.#transformer.transformNode(args.node, args.queryId);
      }
      async transformResult(args) {
        return args.result;
      }
    };
  }
});

// node_modules/kysely/dist/esm/operation-node/matched-node.js
var MatchedNode;
var init_matched_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/matched-node.js"() {
    init_object_utils();
    MatchedNode = freeze({
      is(node) {
        return node.kind === "MatchedNode";
      },
      create(not, bySource = false) {
        return freeze({
          kind: "MatchedNode",
          not,
          bySource
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/parser/merge-parser.js
function parseMergeWhen(type, args, refRight) {
  return WhenNode.create(parseFilterList([
    MatchedNode.create(!type.isMatched, type.bySource),
    ...args && args.length > 0 ? [
      args.length === 3 && refRight ? parseReferentialBinaryOperation(args[0], args[1], args[2]) : parseValueBinaryOperationOrExpression(args)
    ] : []
  ], "and", false));
}
function parseMergeThen(result) {
  if (isString(result)) {
    return RawNode.create([result], []);
  }
  if (isOperationNodeSource(result)) {
    return result.toOperationNode();
  }
  return result;
}
var init_merge_parser = __esm({
  "node_modules/kysely/dist/esm/parser/merge-parser.js"() {
    init_matched_node();
    init_operation_node_source();
    init_raw_node();
    init_when_node();
    init_object_utils();
    init_binary_operation_parser();
  }
});

// node_modules/kysely/dist/esm/util/deferred.js
var Deferred;
var init_deferred = __esm({
  "node_modules/kysely/dist/esm/util/deferred.js"() {
    Deferred = class {
      #promise;
      #resolve;
      #reject;
      constructor() {
        this.#promise = new Promise((resolve, reject) => {
          this.#reject = reject;
          this.#resolve = resolve;
        });
      }
      get promise() {
        return this.#promise;
      }
      resolve = (value) => {
        if (this.#resolve) {
          this.#resolve(value);
        }
      };
      reject = (reason) => {
        if (this.#reject) {
          this.#reject(reason);
        }
      };
    };
  }
});

// node_modules/kysely/dist/esm/util/provide-controlled-connection.js
async function provideControlledConnection(connectionProvider) {
  const connectionDefer = new Deferred();
  const connectionReleaseDefer = new Deferred();
  connectionProvider.provideConnection(async (connection) => {
    connectionDefer.resolve(connection);
    return await connectionReleaseDefer.promise;
  }).catch((ex) => connectionDefer.reject(ex));
  return freeze({
    connection: await connectionDefer.promise,
    release: connectionReleaseDefer.resolve
  });
}
var init_provide_controlled_connection = __esm({
  "node_modules/kysely/dist/esm/util/provide-controlled-connection.js"() {
    init_deferred();
    init_object_utils();
  }
});

// node_modules/kysely/dist/esm/query-executor/query-executor-base.js
var NO_PLUGINS, QueryExecutorBase;
var init_query_executor_base = __esm({
  "node_modules/kysely/dist/esm/query-executor/query-executor-base.js"() {
    init_object_utils();
    init_provide_controlled_connection();
    init_log_once();
    NO_PLUGINS = freeze([]);
    QueryExecutorBase = class {
      #plugins;
      constructor(plugins = NO_PLUGINS) {
        this.#plugins = plugins;
      }
      get plugins() {
        return this.#plugins;
      }
      transformQuery(node, queryId) {
        for (const plugin of this.#plugins) {
          const transformedNode = plugin.transformQuery({ node, queryId });
          if (transformedNode.kind === node.kind) {
            node = transformedNode;
          } else {
            throw new Error([
              `KyselyPlugin.transformQuery must return a node`,
              `of the same kind that was given to it.`,
              `The plugin was given a ${node.kind}`,
              `but it returned a ${transformedNode.kind}`
            ].join(" "));
          }
        }
        return node;
      }
      async executeQuery(compiledQuery) {
        return await this.provideConnection(async (connection) => {
          const result = await connection.executeQuery(compiledQuery);
          if ("numUpdatedOrDeletedRows" in result) {
            logOnce("kysely:warning: outdated driver/plugin detected! `QueryResult.numUpdatedOrDeletedRows` has been replaced with `QueryResult.numAffectedRows`.");
          }
          return await this.#transformResult(result, compiledQuery.queryId);
        });
      }
      async *stream(compiledQuery, chunkSize) {
        const { connection, release } = await provideControlledConnection(this);
        try {
          for await (const result of connection.streamQuery(compiledQuery, chunkSize)) {
            yield await this.#transformResult(result, compiledQuery.queryId);
          }
        } finally {
          release();
        }
      }
      async #transformResult(result, queryId) {
        for (const plugin of this.#plugins) {
          result = await plugin.transformResult({ result, queryId });
        }
        return result;
      }
    };
  }
});

// node_modules/kysely/dist/esm/query-executor/noop-query-executor.js
var NoopQueryExecutor, NOOP_QUERY_EXECUTOR;
var init_noop_query_executor = __esm({
  "node_modules/kysely/dist/esm/query-executor/noop-query-executor.js"() {
    init_query_executor_base();
    NoopQueryExecutor = class _NoopQueryExecutor extends QueryExecutorBase {
      get adapter() {
        throw new Error("this query cannot be compiled to SQL");
      }
      compileQuery() {
        throw new Error("this query cannot be compiled to SQL");
      }
      provideConnection() {
        throw new Error("this query cannot be executed");
      }
      withConnectionProvider() {
        throw new Error("this query cannot have a connection provider");
      }
      withPlugin(plugin) {
        return new _NoopQueryExecutor([...this.plugins, plugin]);
      }
      withPlugins(plugins) {
        return new _NoopQueryExecutor([...this.plugins, ...plugins]);
      }
      withPluginAtFront(plugin) {
        return new _NoopQueryExecutor([plugin, ...this.plugins]);
      }
      withoutPlugins() {
        return new _NoopQueryExecutor([]);
      }
    };
    NOOP_QUERY_EXECUTOR = new NoopQueryExecutor();
  }
});

// node_modules/kysely/dist/esm/query-builder/merge-result.js
var MergeResult;
var init_merge_result = __esm({
  "node_modules/kysely/dist/esm/query-builder/merge-result.js"() {
    MergeResult = class {
      numChangedRows;
      constructor(numChangedRows) {
        this.numChangedRows = numChangedRows;
      }
    };
  }
});

// node_modules/kysely/dist/esm/query-builder/merge-query-builder.js
var MergeQueryBuilder, WheneableMergeQueryBuilder, MatchedThenableMergeQueryBuilder, NotMatchedThenableMergeQueryBuilder;
var init_merge_query_builder = __esm({
  "node_modules/kysely/dist/esm/query-builder/merge-query-builder.js"() {
    init_insert_query_node();
    init_merge_query_node();
    init_query_node();
    init_update_query_node();
    init_insert_values_parser();
    init_join_parser();
    init_merge_parser();
    init_select_parser();
    init_top_parser();
    init_noop_query_executor();
    init_object_utils();
    init_merge_result();
    init_no_result_error();
    init_update_query_builder();
    MergeQueryBuilder = class _MergeQueryBuilder {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      /**
       * This can be used to add any additional SQL to the end of the query.
       *
       * ### Examples
       *
       * ```ts
       * import { sql } from 'kysely'
       *
       * await db
       *   .mergeInto('person')
       *   .using('pet', 'pet.owner_id', 'person.id')
       *   .whenMatched()
       *   .thenDelete()
       *   .modifyEnd(sql.raw('-- this is a comment'))
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * merge into "person" using "pet" on "pet"."owner_id" = "person"."id" when matched then delete -- this is a comment
       * ```
       */
      modifyEnd(modifier) {
        return new _MergeQueryBuilder({
          ...this.#props,
          queryNode: QueryNode.cloneWithEndModifier(this.#props.queryNode, modifier.toOperationNode())
        });
      }
      /**
       * Changes a `merge into` query to an `merge top into` query.
       *
       * `top` clause is only supported by some dialects like MS SQL Server.
       *
       * ### Examples
       *
       * Affect 5 matched rows at most:
       *
       * ```ts
       * await db.mergeInto('person')
       *   .top(5)
       *   .using('pet', 'person.id', 'pet.owner_id')
       *   .whenMatched()
       *   .thenDelete()
       *   .execute()
       * ```
       *
       * The generated SQL (MS SQL Server):
       *
       * ```sql
       * merge top(5) into "person"
       * using "pet" on "person"."id" = "pet"."owner_id"
       * when matched then
       *   delete
       * ```
       *
       * Affect 50% of matched rows:
       *
       * ```ts
       * await db.mergeInto('person')
       *   .top(50, 'percent')
       *   .using('pet', 'person.id', 'pet.owner_id')
       *   .whenMatched()
       *   .thenDelete()
       *   .execute()
       * ```
       *
       * The generated SQL (MS SQL Server):
       *
       * ```sql
       * merge top(50) percent into "person"
       * using "pet" on "person"."id" = "pet"."owner_id"
       * when matched then
       *   delete
       * ```
       */
      top(expression, modifiers) {
        return new _MergeQueryBuilder({
          ...this.#props,
          queryNode: QueryNode.cloneWithTop(this.#props.queryNode, parseTop(expression, modifiers))
        });
      }
      using(...args) {
        return new WheneableMergeQueryBuilder({
          ...this.#props,
          queryNode: MergeQueryNode.cloneWithUsing(this.#props.queryNode, parseJoin("Using", args))
        });
      }
      returning(args) {
        return new _MergeQueryBuilder({
          ...this.#props,
          queryNode: QueryNode.cloneWithReturning(this.#props.queryNode, parseSelectArg(args))
        });
      }
      returningAll(table) {
        return new _MergeQueryBuilder({
          ...this.#props,
          queryNode: QueryNode.cloneWithReturning(this.#props.queryNode, parseSelectAll(table))
        });
      }
      output(args) {
        return new _MergeQueryBuilder({
          ...this.#props,
          queryNode: QueryNode.cloneWithOutput(this.#props.queryNode, parseSelectArg(args))
        });
      }
      outputAll(table) {
        return new _MergeQueryBuilder({
          ...this.#props,
          queryNode: QueryNode.cloneWithOutput(this.#props.queryNode, parseSelectAll(table))
        });
      }
    };
    WheneableMergeQueryBuilder = class _WheneableMergeQueryBuilder {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      /**
       * This can be used to add any additional SQL to the end of the query.
       *
       * ### Examples
       *
       * ```ts
       * import { sql } from 'kysely'
       *
       * await db
       *   .mergeInto('person')
       *   .using('pet', 'pet.owner_id', 'person.id')
       *   .whenMatched()
       *   .thenDelete()
       *   .modifyEnd(sql.raw('-- this is a comment'))
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * merge into "person" using "pet" on "pet"."owner_id" = "person"."id" when matched then delete -- this is a comment
       * ```
       */
      modifyEnd(modifier) {
        return new _WheneableMergeQueryBuilder({
          ...this.#props,
          queryNode: QueryNode.cloneWithEndModifier(this.#props.queryNode, modifier.toOperationNode())
        });
      }
      /**
       * See {@link MergeQueryBuilder.top}.
       */
      top(expression, modifiers) {
        return new _WheneableMergeQueryBuilder({
          ...this.#props,
          queryNode: QueryNode.cloneWithTop(this.#props.queryNode, parseTop(expression, modifiers))
        });
      }
      /**
       * Adds a simple `when matched` clause to the query.
       *
       * For a `when matched` clause with an `and` condition, see {@link whenMatchedAnd}.
       *
       * For a simple `when not matched` clause, see {@link whenNotMatched}.
       *
       * For a `when not matched` clause with an `and` condition, see {@link whenNotMatchedAnd}.
       *
       * ### Examples
       *
       * ```ts
       * const result = await db.mergeInto('person')
       *   .using('pet', 'person.id', 'pet.owner_id')
       *   .whenMatched()
       *   .thenDelete()
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * merge into "person"
       * using "pet" on "person"."id" = "pet"."owner_id"
       * when matched then
       *   delete
       * ```
       */
      whenMatched() {
        return this.#whenMatched([]);
      }
      whenMatchedAnd(...args) {
        return this.#whenMatched(args);
      }
      /**
       * Adds the `when matched` clause to the query with an `and` condition. But unlike
       * {@link whenMatchedAnd}, this method accepts a column reference as the 3rd argument.
       *
       * This method is similar to {@link SelectQueryBuilder.whereRef}, so see the documentation
       * for that method for more examples.
       */
      whenMatchedAndRef(lhs, op, rhs) {
        return this.#whenMatched([lhs, op, rhs], true);
      }
      #whenMatched(args, refRight) {
        return new MatchedThenableMergeQueryBuilder({
          ...this.#props,
          queryNode: MergeQueryNode.cloneWithWhen(this.#props.queryNode, parseMergeWhen({ isMatched: true }, args, refRight))
        });
      }
      /**
       * Adds a simple `when not matched` clause to the query.
       *
       * For a `when not matched` clause with an `and` condition, see {@link whenNotMatchedAnd}.
       *
       * For a simple `when matched` clause, see {@link whenMatched}.
       *
       * For a `when matched` clause with an `and` condition, see {@link whenMatchedAnd}.
       *
       * ### Examples
       *
       * ```ts
       * const result = await db.mergeInto('person')
       *   .using('pet', 'person.id', 'pet.owner_id')
       *   .whenNotMatched()
       *   .thenInsertValues({
       *     first_name: 'John',
       *     last_name: 'Doe',
       *   })
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * merge into "person"
       * using "pet" on "person"."id" = "pet"."owner_id"
       * when not matched then
       *   insert ("first_name", "last_name") values ($1, $2)
       * ```
       */
      whenNotMatched() {
        return this.#whenNotMatched([]);
      }
      whenNotMatchedAnd(...args) {
        return this.#whenNotMatched(args);
      }
      /**
       * Adds the `when not matched` clause to the query with an `and` condition. But unlike
       * {@link whenNotMatchedAnd}, this method accepts a column reference as the 3rd argument.
       *
       * Unlike {@link whenMatchedAndRef}, you cannot reference columns from the target table.
       *
       * This method is similar to {@link SelectQueryBuilder.whereRef}, so see the documentation
       * for that method for more examples.
       */
      whenNotMatchedAndRef(lhs, op, rhs) {
        return this.#whenNotMatched([lhs, op, rhs], true);
      }
      /**
       * Adds a simple `when not matched by source` clause to the query.
       *
       * Supported in MS SQL Server.
       *
       * Similar to {@link whenNotMatched}, but returns a {@link MatchedThenableMergeQueryBuilder}.
       */
      whenNotMatchedBySource() {
        return this.#whenNotMatched([], false, true);
      }
      whenNotMatchedBySourceAnd(...args) {
        return this.#whenNotMatched(args, false, true);
      }
      /**
       * Adds the `when not matched by source` clause to the query with an `and` condition.
       *
       * Similar to {@link whenNotMatchedAndRef}, but you can reference columns from
       * the target table, and not from source table and returns a {@link MatchedThenableMergeQueryBuilder}.
       */
      whenNotMatchedBySourceAndRef(lhs, op, rhs) {
        return this.#whenNotMatched([lhs, op, rhs], true, true);
      }
      returning(args) {
        return new _WheneableMergeQueryBuilder({
          ...this.#props,
          queryNode: QueryNode.cloneWithReturning(this.#props.queryNode, parseSelectArg(args))
        });
      }
      returningAll(table) {
        return new _WheneableMergeQueryBuilder({
          ...this.#props,
          queryNode: QueryNode.cloneWithReturning(this.#props.queryNode, parseSelectAll(table))
        });
      }
      output(args) {
        return new _WheneableMergeQueryBuilder({
          ...this.#props,
          queryNode: QueryNode.cloneWithOutput(this.#props.queryNode, parseSelectArg(args))
        });
      }
      outputAll(table) {
        return new _WheneableMergeQueryBuilder({
          ...this.#props,
          queryNode: QueryNode.cloneWithOutput(this.#props.queryNode, parseSelectAll(table))
        });
      }
      #whenNotMatched(args, refRight = false, bySource = false) {
        const props = {
          ...this.#props,
          queryNode: MergeQueryNode.cloneWithWhen(this.#props.queryNode, parseMergeWhen({ isMatched: false, bySource }, args, refRight))
        };
        const Builder = bySource ? MatchedThenableMergeQueryBuilder : NotMatchedThenableMergeQueryBuilder;
        return new Builder(props);
      }
      /**
       * Simply calls the provided function passing `this` as the only argument. `$call` returns
       * what the provided function returns.
       *
       * If you want to conditionally call a method on `this`, see
       * the {@link $if} method.
       *
       * ### Examples
       *
       * The next example uses a helper function `log` to log a query:
       *
       * ```ts
       * import type { Compilable } from 'kysely'
       *
       * function log<T extends Compilable>(qb: T): T {
       *   console.log(qb.compile())
       *   return qb
       * }
       *
       * await db.updateTable('person')
       *   .set({ first_name: 'John' })
       *   .$call(log)
       *   .execute()
       * ```
       */
      $call(func) {
        return func(this);
      }
      /**
       * Call `func(this)` if `condition` is true.
       *
       * This method is especially handy with optional selects. Any `returning` or `returningAll`
       * method calls add columns as optional fields to the output type when called inside
       * the `func` callback. This is because we can't know if those selections were actually
       * made before running the code.
       *
       * You can also call any other methods inside the callback.
       *
       * ### Examples
       *
       * ```ts
       * import type { PersonUpdate } from 'type-editor' // imaginary module
       *
       * async function updatePerson(id: number, updates: PersonUpdate, returnLastName: boolean) {
       *   return await db
       *     .updateTable('person')
       *     .set(updates)
       *     .where('id', '=', id)
       *     .returning(['id', 'first_name'])
       *     .$if(returnLastName, (qb) => qb.returning('last_name'))
       *     .executeTakeFirstOrThrow()
       * }
       * ```
       *
       * Any selections added inside the `if` callback will be added as optional fields to the
       * output type since we can't know if the selections were actually made before running
       * the code. In the example above the return type of the `updatePerson` function is:
       *
       * ```ts
       * Promise<{
       *   id: number
       *   first_name: string
       *   last_name?: string
       * }>
       * ```
       */
      $if(condition, func) {
        if (condition) {
          return func(this);
        }
        return new _WheneableMergeQueryBuilder({
          ...this.#props
        });
      }
      toOperationNode() {
        return this.#props.executor.transformQuery(this.#props.queryNode, this.#props.queryId);
      }
      compile() {
        return this.#props.executor.compileQuery(this.toOperationNode(), this.#props.queryId);
      }
      /**
       * Executes the query and returns an array of rows.
       *
       * Also see the {@link executeTakeFirst} and {@link executeTakeFirstOrThrow} methods.
       */
      async execute() {
        const compiledQuery = this.compile();
        const result = await this.#props.executor.executeQuery(compiledQuery);
        const { adapter } = this.#props.executor;
        const query = compiledQuery.query;
        if (query.returning && adapter.supportsReturning || query.output && adapter.supportsOutput) {
          return result.rows;
        }
        return [new MergeResult(result.numAffectedRows)];
      }
      /**
       * Executes the query and returns the first result or undefined if
       * the query returned no result.
       */
      async executeTakeFirst() {
        const [result] = await this.execute();
        return result;
      }
      /**
       * Executes the query and returns the first result or throws if
       * the query returned no result.
       *
       * By default an instance of {@link NoResultError} is thrown, but you can
       * provide a custom error class, or callback as the only argument to throw a different
       * error.
       */
      async executeTakeFirstOrThrow(errorConstructor = NoResultError) {
        const result = await this.executeTakeFirst();
        if (result === void 0) {
          const error = isNoResultErrorConstructor(errorConstructor) ? new errorConstructor(this.toOperationNode()) : errorConstructor(this.toOperationNode());
          throw error;
        }
        return result;
      }
    };
    MatchedThenableMergeQueryBuilder = class {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      /**
       * Performs the `delete` action.
       *
       * To perform the `do nothing` action, see {@link thenDoNothing}.
       *
       * To perform the `update` action, see {@link thenUpdate} or {@link thenUpdateSet}.
       *
       * ### Examples
       *
       * ```ts
       * const result = await db.mergeInto('person')
       *   .using('pet', 'person.id', 'pet.owner_id')
       *   .whenMatched()
       *   .thenDelete()
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * merge into "person"
       * using "pet" on "person"."id" = "pet"."owner_id"
       * when matched then
       *   delete
       * ```
       */
      thenDelete() {
        return new WheneableMergeQueryBuilder({
          ...this.#props,
          queryNode: MergeQueryNode.cloneWithThen(this.#props.queryNode, parseMergeThen("delete"))
        });
      }
      /**
       * Performs the `do nothing` action.
       *
       * This is supported in PostgreSQL.
       *
       * To perform the `delete` action, see {@link thenDelete}.
       *
       * To perform the `update` action, see {@link thenUpdate} or {@link thenUpdateSet}.
       *
       * ### Examples
       *
       * ```ts
       * const result = await db.mergeInto('person')
       *   .using('pet', 'person.id', 'pet.owner_id')
       *   .whenMatched()
       *   .thenDoNothing()
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * merge into "person"
       * using "pet" on "person"."id" = "pet"."owner_id"
       * when matched then
       *   do nothing
       * ```
       */
      thenDoNothing() {
        return new WheneableMergeQueryBuilder({
          ...this.#props,
          queryNode: MergeQueryNode.cloneWithThen(this.#props.queryNode, parseMergeThen("do nothing"))
        });
      }
      /**
       * Perform an `update` operation with a full-fledged {@link UpdateQueryBuilder}.
       * This is handy when multiple `set` invocations are needed.
       *
       * For a shorthand version of this method, see {@link thenUpdateSet}.
       *
       * To perform the `delete` action, see {@link thenDelete}.
       *
       * To perform the `do nothing` action, see {@link thenDoNothing}.
       *
       * ### Examples
       *
       * ```ts
       * import { sql } from 'kysely'
       *
       * const result = await db.mergeInto('person')
       *   .using('pet', 'person.id', 'pet.owner_id')
       *   .whenMatched()
       *   .thenUpdate((ub) => ub
       *     .set(sql`metadata['has_pets']`, 'Y')
       *     .set({
       *       updated_at: new Date().toISOString(),
       *     })
       *   )
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * merge into "person"
       * using "pet" on "person"."id" = "pet"."owner_id"
       * when matched then
       *   update set metadata['has_pets'] = $1, "updated_at" = $2
       * ```
       */
      thenUpdate(set) {
        return new WheneableMergeQueryBuilder({
          ...this.#props,
          queryNode: MergeQueryNode.cloneWithThen(this.#props.queryNode, parseMergeThen(set(new UpdateQueryBuilder({
            queryId: this.#props.queryId,
            executor: NOOP_QUERY_EXECUTOR,
            queryNode: UpdateQueryNode.createWithoutTable()
          }))))
        });
      }
      thenUpdateSet(...args) {
        return this.thenUpdate((ub) => ub.set(...args));
      }
    };
    NotMatchedThenableMergeQueryBuilder = class {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      /**
       * Performs the `do nothing` action.
       *
       * This is supported in PostgreSQL.
       *
       * To perform the `insert` action, see {@link thenInsertValues}.
       *
       * ### Examples
       *
       * ```ts
       * const result = await db.mergeInto('person')
       *   .using('pet', 'person.id', 'pet.owner_id')
       *   .whenNotMatched()
       *   .thenDoNothing()
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * merge into "person"
       * using "pet" on "person"."id" = "pet"."owner_id"
       * when not matched then
       *   do nothing
       * ```
       */
      thenDoNothing() {
        return new WheneableMergeQueryBuilder({
          ...this.#props,
          queryNode: MergeQueryNode.cloneWithThen(this.#props.queryNode, parseMergeThen("do nothing"))
        });
      }
      thenInsertValues(insert) {
        const [columns, values] = parseInsertExpression(insert);
        return new WheneableMergeQueryBuilder({
          ...this.#props,
          queryNode: MergeQueryNode.cloneWithThen(this.#props.queryNode, parseMergeThen(InsertQueryNode.cloneWith(InsertQueryNode.createWithoutInto(), {
            columns,
            values
          })))
        });
      }
    };
  }
});

// node_modules/kysely/dist/esm/query-creator.js
var QueryCreator;
var init_query_creator = __esm({
  "node_modules/kysely/dist/esm/query-creator.js"() {
    init_select_query_builder();
    init_insert_query_builder();
    init_delete_query_builder();
    init_update_query_builder();
    init_delete_query_node();
    init_insert_query_node();
    init_select_query_node();
    init_update_query_node();
    init_table_parser();
    init_with_parser();
    init_with_node();
    init_query_id();
    init_with_schema_plugin();
    init_object_utils();
    init_select_parser();
    init_merge_query_builder();
    init_merge_query_node();
    QueryCreator = class _QueryCreator {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      /**
       * Creates a `select` query builder for the given table or tables.
       *
       * The tables passed to this method are built as the query's `from` clause.
       *
       * ### Examples
       *
       * Create a select query for one table:
       *
       * ```ts
       * db.selectFrom('person').selectAll()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * select * from "person"
       * ```
       *
       * Create a select query for one table with an alias:
       *
       * ```ts
       * const persons = await db.selectFrom('person as p')
       *   .select(['p.id', 'first_name'])
       *   .execute()
       *
       * console.log(persons[0].id)
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * select "p"."id", "first_name" from "person" as "p"
       * ```
       *
       * Create a select query from a subquery:
       *
       * ```ts
       * const persons = await db.selectFrom(
       *     (eb) => eb.selectFrom('person').select('person.id as identifier').as('p')
       *   )
       *   .select('p.identifier')
       *   .execute()
       *
       * console.log(persons[0].identifier)
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * select "p"."identifier",
       * from (
       *   select "person"."id" as "identifier" from "person"
       * ) as p
       * ```
       *
       * Create a select query from raw sql:
       *
       * ```ts
       * import { sql } from 'kysely'
       *
       * const items = await db
       *   .selectFrom(sql<{ one: number }>`(select 1 as one)`.as('q'))
       *   .select('q.one')
       *   .execute()
       *
       * console.log(items[0].one)
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * select "q"."one",
       * from (
       *   select 1 as one
       * ) as q
       * ```
       *
       * When you use the `sql` tag you need to also provide the result type of the
       * raw snippet / query so that Kysely can figure out what columns are
       * available for the rest of the query.
       *
       * The `selectFrom` method also accepts an array for multiple tables. All
       * the above examples can also be used in an array.
       *
       * ```ts
       * import { sql } from 'kysely'
       *
       * const items = await db.selectFrom([
       *     'person as p',
       *     db.selectFrom('pet').select('pet.species').as('a'),
       *     sql<{ one: number }>`(select 1 as one)`.as('q')
       *   ])
       *   .select(['p.id', 'a.species', 'q.one'])
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * select "p".id, "a"."species", "q"."one"
       * from
       *   "person" as "p",
       *   (select "pet"."species" from "pet") as a,
       *   (select 1 as one) as "q"
       * ```
       */
      selectFrom(from) {
        return createSelectQueryBuilder({
          queryId: createQueryId(),
          executor: this.#props.executor,
          queryNode: SelectQueryNode.createFrom(parseTableExpressionOrList(from), this.#props.withNode)
        });
      }
      selectNoFrom(selection) {
        return createSelectQueryBuilder({
          queryId: createQueryId(),
          executor: this.#props.executor,
          queryNode: SelectQueryNode.cloneWithSelections(SelectQueryNode.create(this.#props.withNode), parseSelectArg(selection))
        });
      }
      /**
       * Creates an insert query.
       *
       * The return value of this query is an instance of {@link InsertResult}. {@link InsertResult}
       * has the {@link InsertResult.insertId | insertId} field that holds the auto incremented id of
       * the inserted row if the db returned one.
       *
       * See the {@link InsertQueryBuilder.values | values} method for more info and examples. Also see
       * the {@link ReturningInterface.returning | returning} method for a way to return columns
       * on supported databases like PostgreSQL.
       *
       * ### Examples
       *
       * ```ts
       * const result = await db
       *   .insertInto('person')
       *   .values({
       *     first_name: 'Jennifer',
       *     last_name: 'Aniston'
       *   })
       *   .executeTakeFirst()
       *
       * console.log(result.insertId)
       * ```
       *
       * Some databases like PostgreSQL support the `returning` method:
       *
       * ```ts
       * const { id } = await db
       *   .insertInto('person')
       *   .values({
       *     first_name: 'Jennifer',
       *     last_name: 'Aniston'
       *   })
       *   .returning('id')
       *   .executeTakeFirstOrThrow()
       * ```
       */
      insertInto(table) {
        return new InsertQueryBuilder({
          queryId: createQueryId(),
          executor: this.#props.executor,
          queryNode: InsertQueryNode.create(parseTable(table), this.#props.withNode)
        });
      }
      /**
       * Creates a "replace into" query.
       *
       * This is only supported by some dialects like MySQL or SQLite.
       *
       * Similar to MySQL's {@link InsertQueryBuilder.onDuplicateKeyUpdate} that deletes
       * and inserts values on collision instead of updating existing rows.
       *
       * An alias of SQLite's {@link InsertQueryBuilder.orReplace}.
       *
       * The return value of this query is an instance of {@link InsertResult}. {@link InsertResult}
       * has the {@link InsertResult.insertId | insertId} field that holds the auto incremented id of
       * the inserted row if the db returned one.
       *
       * See the {@link InsertQueryBuilder.values | values} method for more info and examples.
       *
       * ### Examples
       *
       * ```ts
       * const result = await db
       *   .replaceInto('person')
       *   .values({
       *     first_name: 'Jennifer',
       *     last_name: 'Aniston'
       *   })
       *   .executeTakeFirstOrThrow()
       *
       * console.log(result.insertId)
       * ```
       *
       * The generated SQL (MySQL):
       *
       * ```sql
       * replace into `person` (`first_name`, `last_name`) values (?, ?)
       * ```
       */
      replaceInto(table) {
        return new InsertQueryBuilder({
          queryId: createQueryId(),
          executor: this.#props.executor,
          queryNode: InsertQueryNode.create(parseTable(table), this.#props.withNode, true)
        });
      }
      /**
       * Creates a delete query.
       *
       * See the {@link DeleteQueryBuilder.where} method for examples on how to specify
       * a where clause for the delete operation.
       *
       * The return value of the query is an instance of {@link DeleteResult}.
       *
       * ### Examples
       *
       * <!-- siteExample("delete", "Single row", 10) -->
       *
       * Delete a single row:
       *
       * ```ts
       * const result = await db
       *   .deleteFrom('person')
       *   .where('person.id', '=', 1)
       *   .executeTakeFirst()
       *
       * console.log(result.numDeletedRows)
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * delete from "person" where "person"."id" = $1
       * ```
       *
       * Some databases such as MySQL support deleting from multiple tables:
       *
       * ```ts
       * const result = await db
       *   .deleteFrom(['person', 'pet'])
       *   .using('person')
       *   .innerJoin('pet', 'pet.owner_id', 'person.id')
       *   .where('person.id', '=', 1)
       *   .executeTakeFirst()
       * ```
       *
       * The generated SQL (MySQL):
       *
       * ```sql
       * delete from `person`, `pet`
       * using `person`
       * inner join `pet` on `pet`.`owner_id` = `person`.`id`
       * where `person`.`id` = ?
       * ```
       */
      deleteFrom(from) {
        return new DeleteQueryBuilder({
          queryId: createQueryId(),
          executor: this.#props.executor,
          queryNode: DeleteQueryNode.create(parseTableExpressionOrList(from), this.#props.withNode)
        });
      }
      /**
       * Creates an update query.
       *
       * See the {@link UpdateQueryBuilder.where} method for examples on how to specify
       * a where clause for the update operation.
       *
       * See the {@link UpdateQueryBuilder.set} method for examples on how to
       * specify the updates.
       *
       * The return value of the query is an {@link UpdateResult}.
       *
       * ### Examples
       *
       * ```ts
       * const result = await db
       *   .updateTable('person')
       *   .set({ first_name: 'Jennifer' })
       *   .where('person.id', '=', 1)
       *   .executeTakeFirst()
       *
       * console.log(result.numUpdatedRows)
       * ```
       */
      updateTable(tables) {
        return new UpdateQueryBuilder({
          queryId: createQueryId(),
          executor: this.#props.executor,
          queryNode: UpdateQueryNode.create(parseTableExpressionOrList(tables), this.#props.withNode)
        });
      }
      /**
       * Creates a merge query.
       *
       * The return value of the query is a {@link MergeResult}.
       *
       * See the {@link MergeQueryBuilder.using} method for examples on how to specify
       * the other table.
       *
       * ### Examples
       *
       * <!-- siteExample("merge", "Source row existence", 10) -->
       *
       * Update a target column based on the existence of a source row:
       *
       * ```ts
       * const result = await db
       *   .mergeInto('person as target')
       *   .using('pet as source', 'source.owner_id', 'target.id')
       *   .whenMatchedAnd('target.has_pets', '!=', 'Y')
       *   .thenUpdateSet({ has_pets: 'Y' })
       *   .whenNotMatchedBySourceAnd('target.has_pets', '=', 'Y')
       *   .thenUpdateSet({ has_pets: 'N' })
       *   .executeTakeFirstOrThrow()
       *
       * console.log(result.numChangedRows)
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * merge into "person"
       * using "pet"
       * on "pet"."owner_id" = "person"."id"
       * when matched and "has_pets" != $1
       * then update set "has_pets" = $2
       * when not matched by source and "has_pets" = $3
       * then update set "has_pets" = $4
       * ```
       *
       * <!-- siteExample("merge", "Temporary changes table", 20) -->
       *
       * Merge new entries from a temporary changes table:
       *
       * ```ts
       * const result = await db
       *   .mergeInto('wine as target')
       *   .using(
       *     'wine_stock_change as source',
       *     'source.wine_name',
       *     'target.name',
       *   )
       *   .whenNotMatchedAnd('source.stock_delta', '>', 0)
       *   .thenInsertValues(({ ref }) => ({
       *     name: ref('source.wine_name'),
       *     stock: ref('source.stock_delta'),
       *   }))
       *   .whenMatchedAnd(
       *     (eb) => eb('target.stock', '+', eb.ref('source.stock_delta')),
       *     '>',
       *     0,
       *   )
       *   .thenUpdateSet('stock', (eb) =>
       *     eb('target.stock', '+', eb.ref('source.stock_delta')),
       *   )
       *   .whenMatched()
       *   .thenDelete()
       *   .executeTakeFirstOrThrow()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * merge into "wine" as "target"
       * using "wine_stock_change" as "source"
       * on "source"."wine_name" = "target"."name"
       * when not matched and "source"."stock_delta" > $1
       * then insert ("name", "stock") values ("source"."wine_name", "source"."stock_delta")
       * when matched and "target"."stock" + "source"."stock_delta" > $2
       * then update set "stock" = "target"."stock" + "source"."stock_delta"
       * when matched
       * then delete
       * ```
       */
      mergeInto(targetTable) {
        return new MergeQueryBuilder({
          queryId: createQueryId(),
          executor: this.#props.executor,
          queryNode: MergeQueryNode.create(parseAliasedTable(targetTable), this.#props.withNode)
        });
      }
      /**
       * Creates a `with` query (Common Table Expression).
       *
       * ### Examples
       *
       * <!-- siteExample("cte", "Simple selects", 10) -->
       *
       * Common table expressions (CTE) are a great way to modularize complex queries.
       * Essentially they allow you to run multiple separate queries within a
       * single roundtrip to the DB.
       *
       * Since CTEs are a part of the main query, query optimizers inside DB
       * engines are able to optimize the overall query. For example, postgres
       * is able to inline the CTEs inside the using queries if it decides it's
       * faster.
       *
       * ```ts
       * const result = await db
       *   // Create a CTE called `jennifers` that selects all
       *   // persons named 'Jennifer'.
       *   .with('jennifers', (db) => db
       *     .selectFrom('person')
       *     .where('first_name', '=', 'Jennifer')
       *     .select(['id', 'age'])
       *   )
       *   // Select all rows from the `jennifers` CTE and
       *   // further filter it.
       *   .with('adult_jennifers', (db) => db
       *     .selectFrom('jennifers')
       *     .where('age', '>', 18)
       *     .select(['id', 'age'])
       *   )
       *   // Finally select all adult jennifers that are
       *   // also younger than 60.
       *   .selectFrom('adult_jennifers')
       *   .where('age', '<', 60)
       *   .selectAll()
       *   .execute()
       * ```
       *
       * <!-- siteExample("cte", "Inserts, updates and deletions", 20) -->
       *
       * Some databases like postgres also allow you to run other queries than selects
       * in CTEs. On these databases CTEs are extremely powerful:
       *
       * ```ts
       * const result = await db
       *   .with('new_person', (db) => db
       *     .insertInto('person')
       *     .values({
       *       first_name: 'Jennifer',
       *       age: 35,
       *     })
       *     .returning('id')
       *   )
       *   .with('new_pet', (db) => db
       *     .insertInto('pet')
       *     .values({
       *       name: 'Doggo',
       *       species: 'dog',
       *       is_favorite: true,
       *       // Use the id of the person we just inserted.
       *       owner_id: db
       *         .selectFrom('new_person')
       *         .select('id')
       *     })
       *     .returning('id')
       *   )
       *   .selectFrom(['new_person', 'new_pet'])
       *   .select([
       *     'new_person.id as person_id',
       *     'new_pet.id as pet_id'
       *   ])
       *   .execute()
       * ```
       *
       * The CTE name can optionally specify column names in addition to
       * a name. In that case Kysely requires the expression to retun
       * rows with the same columns.
       *
       * ```ts
       * await db
       *   .with('jennifers(id, age)', (db) => db
       *     .selectFrom('person')
       *     .where('first_name', '=', 'Jennifer')
       *     // This is ok since we return columns with the same
       *     // names as specified by `jennifers(id, age)`.
       *     .select(['id', 'age'])
       *   )
       *   .selectFrom('jennifers')
       *   .selectAll()
       *   .execute()
       * ```
       *
       * The first argument can also be a callback. The callback is passed
       * a `CTEBuilder` instance that can be used to configure the CTE:
       *
       * ```ts
       * await db
       *   .with(
       *     (cte) => cte('jennifers').materialized(),
       *     (db) => db
       *       .selectFrom('person')
       *       .where('first_name', '=', 'Jennifer')
       *       .select(['id', 'age'])
       *   )
       *   .selectFrom('jennifers')
       *   .selectAll()
       *   .execute()
       * ```
       */
      with(nameOrBuilder, expression) {
        const cte = parseCommonTableExpression(nameOrBuilder, expression);
        return new _QueryCreator({
          ...this.#props,
          withNode: this.#props.withNode ? WithNode.cloneWithExpression(this.#props.withNode, cte) : WithNode.create(cte)
        });
      }
      /**
       * Creates a recursive `with` query (Common Table Expression).
       *
       * Note that recursiveness is a property of the whole `with` statement.
       * You cannot have recursive and non-recursive CTEs in a same `with` statement.
       * Therefore the recursiveness is determined by the **first** `with` or
       * `withRecusive` call you make.
       *
       * See the {@link with} method for examples and more documentation.
       */
      withRecursive(nameOrBuilder, expression) {
        const cte = parseCommonTableExpression(nameOrBuilder, expression);
        return new _QueryCreator({
          ...this.#props,
          withNode: this.#props.withNode ? WithNode.cloneWithExpression(this.#props.withNode, cte) : WithNode.create(cte, { recursive: true })
        });
      }
      /**
       * Returns a copy of this query creator instance with the given plugin installed.
       */
      withPlugin(plugin) {
        return new _QueryCreator({
          ...this.#props,
          executor: this.#props.executor.withPlugin(plugin)
        });
      }
      /**
       * Returns a copy of this query creator instance without any plugins.
       */
      withoutPlugins() {
        return new _QueryCreator({
          ...this.#props,
          executor: this.#props.executor.withoutPlugins()
        });
      }
      /**
       * Sets the schema to be used for all table references that don't explicitly
       * specify a schema.
       *
       * This only affects the query created through the builder returned from
       * this method and doesn't modify the `db` instance.
       *
       * See [this recipe](https://github.com/kysely-org/kysely/blob/master/site/docs/recipes/0007-schemas.md)
       * for a more detailed explanation.
       *
       * ### Examples
       *
       * ```
       * await db
       *   .withSchema('mammals')
       *   .selectFrom('pet')
       *   .selectAll()
       *   .innerJoin('public.person', 'public.person.id', 'pet.owner_id')
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * select * from "mammals"."pet"
       * inner join "public"."person"
       * on "public"."person"."id" = "mammals"."pet"."owner_id"
       * ```
       *
       * `withSchema` is smart enough to not add schema for aliases,
       * common table expressions or other places where the schema
       * doesn't belong to:
       *
       * ```
       * await db
       *   .withSchema('mammals')
       *   .selectFrom('pet as p')
       *   .select('p.name')
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * select "p"."name" from "mammals"."pet" as "p"
       * ```
       */
      withSchema(schema) {
        return new _QueryCreator({
          ...this.#props,
          executor: this.#props.executor.withPluginAtFront(new WithSchemaPlugin(schema))
        });
      }
    };
  }
});

// node_modules/kysely/dist/esm/parser/parse-utils.js
function createQueryCreator() {
  return new QueryCreator({
    executor: NOOP_QUERY_EXECUTOR
  });
}
function createJoinBuilder(joinType, table) {
  return new JoinBuilder({
    joinNode: JoinNode.create(joinType, parseTableExpression(table))
  });
}
function createOverBuilder() {
  return new OverBuilder({
    overNode: OverNode.create()
  });
}
var init_parse_utils = __esm({
  "node_modules/kysely/dist/esm/parser/parse-utils.js"() {
    init_join_node();
    init_over_node();
    init_join_builder();
    init_over_builder();
    init_query_creator();
    init_noop_query_executor();
    init_table_parser();
  }
});

// node_modules/kysely/dist/esm/parser/join-parser.js
function parseJoin(joinType, args) {
  if (args.length === 3) {
    return parseSingleOnJoin(joinType, args[0], args[1], args[2]);
  } else if (args.length === 2) {
    return parseCallbackJoin(joinType, args[0], args[1]);
  } else if (args.length === 1) {
    return parseOnlessJoin(joinType, args[0]);
  } else {
    throw new Error("not implemented");
  }
}
function parseCallbackJoin(joinType, from, callback) {
  return callback(createJoinBuilder(joinType, from)).toOperationNode();
}
function parseSingleOnJoin(joinType, from, lhsColumn, rhsColumn) {
  return JoinNode.createWithOn(joinType, parseTableExpression(from), parseReferentialBinaryOperation(lhsColumn, "=", rhsColumn));
}
function parseOnlessJoin(joinType, from) {
  return JoinNode.create(joinType, parseTableExpression(from));
}
var init_join_parser = __esm({
  "node_modules/kysely/dist/esm/parser/join-parser.js"() {
    init_join_node();
    init_binary_operation_parser();
    init_parse_utils();
    init_table_parser();
  }
});

// node_modules/kysely/dist/esm/operation-node/offset-node.js
var OffsetNode;
var init_offset_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/offset-node.js"() {
    init_object_utils();
    OffsetNode = freeze({
      is(node) {
        return node.kind === "OffsetNode";
      },
      create(offset) {
        return freeze({
          kind: "OffsetNode",
          offset
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/group-by-item-node.js
var GroupByItemNode;
var init_group_by_item_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/group-by-item-node.js"() {
    init_object_utils();
    GroupByItemNode = freeze({
      is(node) {
        return node.kind === "GroupByItemNode";
      },
      create(groupBy) {
        return freeze({
          kind: "GroupByItemNode",
          groupBy
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/parser/group-by-parser.js
function parseGroupBy(groupBy) {
  groupBy = isFunction(groupBy) ? groupBy(expressionBuilder()) : groupBy;
  return parseReferenceExpressionOrList(groupBy).map(GroupByItemNode.create);
}
var init_group_by_parser = __esm({
  "node_modules/kysely/dist/esm/parser/group-by-parser.js"() {
    init_group_by_item_node();
    init_expression_builder();
    init_object_utils();
    init_reference_parser();
  }
});

// node_modules/kysely/dist/esm/operation-node/set-operation-node.js
var SetOperationNode;
var init_set_operation_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/set-operation-node.js"() {
    init_object_utils();
    SetOperationNode = freeze({
      is(node) {
        return node.kind === "SetOperationNode";
      },
      create(operator, expression, all) {
        return freeze({
          kind: "SetOperationNode",
          operator,
          expression,
          all
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/parser/set-operation-parser.js
function parseSetOperations(operator, expression, all) {
  if (isFunction(expression)) {
    expression = expression(createExpressionBuilder());
  }
  if (!isReadonlyArray(expression)) {
    expression = [expression];
  }
  return expression.map((expr) => SetOperationNode.create(operator, parseExpression(expr), all));
}
var init_set_operation_parser = __esm({
  "node_modules/kysely/dist/esm/parser/set-operation-parser.js"() {
    init_expression_builder();
    init_set_operation_node();
    init_object_utils();
    init_expression_parser();
  }
});

// node_modules/kysely/dist/esm/expression/expression-wrapper.js
var ExpressionWrapper, AliasedExpressionWrapper, OrWrapper, AndWrapper;
var init_expression_wrapper = __esm({
  "node_modules/kysely/dist/esm/expression/expression-wrapper.js"() {
    init_alias_node();
    init_and_node();
    init_identifier_node();
    init_operation_node_source();
    init_or_node();
    init_parens_node();
    init_binary_operation_parser();
    ExpressionWrapper = class _ExpressionWrapper {
      #node;
      constructor(node) {
        this.#node = node;
      }
      /** @private */
      get expressionType() {
        return void 0;
      }
      as(alias) {
        return new AliasedExpressionWrapper(this, alias);
      }
      or(...args) {
        return new OrWrapper(OrNode.create(this.#node, parseValueBinaryOperationOrExpression(args)));
      }
      and(...args) {
        return new AndWrapper(AndNode.create(this.#node, parseValueBinaryOperationOrExpression(args)));
      }
      /**
       * Change the output type of the expression.
       *
       * This method call doesn't change the SQL in any way. This methods simply
       * returns a copy of this `ExpressionWrapper` with a new output type.
       */
      $castTo() {
        return new _ExpressionWrapper(this.#node);
      }
      /**
       * Omit null from the expression's type.
       *
       * This function can be useful in cases where you know an expression can't be
       * null, but Kysely is unable to infer it.
       *
       * This method call doesn't change the SQL in any way. This methods simply
       * returns a copy of `this` with a new output type.
       */
      $notNull() {
        return new _ExpressionWrapper(this.#node);
      }
      toOperationNode() {
        return this.#node;
      }
    };
    AliasedExpressionWrapper = class {
      #expr;
      #alias;
      constructor(expr, alias) {
        this.#expr = expr;
        this.#alias = alias;
      }
      /** @private */
      get expression() {
        return this.#expr;
      }
      /** @private */
      get alias() {
        return this.#alias;
      }
      toOperationNode() {
        return AliasNode.create(this.#expr.toOperationNode(), isOperationNodeSource(this.#alias) ? this.#alias.toOperationNode() : IdentifierNode.create(this.#alias));
      }
    };
    OrWrapper = class _OrWrapper {
      #node;
      constructor(node) {
        this.#node = node;
      }
      /** @private */
      get expressionType() {
        return void 0;
      }
      as(alias) {
        return new AliasedExpressionWrapper(this, alias);
      }
      or(...args) {
        return new _OrWrapper(OrNode.create(this.#node, parseValueBinaryOperationOrExpression(args)));
      }
      /**
       * Change the output type of the expression.
       *
       * This method call doesn't change the SQL in any way. This methods simply
       * returns a copy of this `OrWrapper` with a new output type.
       */
      $castTo() {
        return new _OrWrapper(this.#node);
      }
      toOperationNode() {
        return ParensNode.create(this.#node);
      }
    };
    AndWrapper = class _AndWrapper {
      #node;
      constructor(node) {
        this.#node = node;
      }
      /** @private */
      get expressionType() {
        return void 0;
      }
      as(alias) {
        return new AliasedExpressionWrapper(this, alias);
      }
      and(...args) {
        return new _AndWrapper(AndNode.create(this.#node, parseValueBinaryOperationOrExpression(args)));
      }
      /**
       * Change the output type of the expression.
       *
       * This method call doesn't change the SQL in any way. This methods simply
       * returns a copy of this `AndWrapper` with a new output type.
       */
      $castTo() {
        return new _AndWrapper(this.#node);
      }
      toOperationNode() {
        return ParensNode.create(this.#node);
      }
    };
  }
});

// node_modules/kysely/dist/esm/operation-node/fetch-node.js
var FetchNode;
var init_fetch_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/fetch-node.js"() {
    init_object_utils();
    init_value_node();
    FetchNode = freeze({
      is(node) {
        return node.kind === "FetchNode";
      },
      create(rowCount, modifier) {
        return {
          kind: "FetchNode",
          rowCount: ValueNode.create(rowCount),
          modifier
        };
      }
    });
  }
});

// node_modules/kysely/dist/esm/parser/fetch-parser.js
function parseFetch(rowCount, modifier) {
  if (!isNumber(rowCount) && !isBigInt(rowCount)) {
    throw new Error(`Invalid fetch row count: ${rowCount}`);
  }
  if (!isFetchModifier(modifier)) {
    throw new Error(`Invalid fetch modifier: ${modifier}`);
  }
  return FetchNode.create(rowCount, modifier);
}
function isFetchModifier(value) {
  return value === "only" || value === "with ties";
}
var init_fetch_parser = __esm({
  "node_modules/kysely/dist/esm/parser/fetch-parser.js"() {
    init_fetch_node();
    init_object_utils();
  }
});

// node_modules/kysely/dist/esm/query-builder/select-query-builder.js
function createSelectQueryBuilder(props) {
  return new SelectQueryBuilderImpl(props);
}
var _a3, SelectQueryBuilderImpl, AliasedSelectQueryBuilderImpl;
var init_select_query_builder = __esm({
  "node_modules/kysely/dist/esm/query-builder/select-query-builder.js"() {
    init_alias_node();
    init_select_modifier_node();
    init_join_parser();
    init_table_parser();
    init_select_parser();
    init_reference_parser();
    init_select_query_node();
    init_query_node();
    init_order_by_parser();
    init_limit_node();
    init_offset_node();
    init_object_utils();
    init_group_by_parser();
    init_no_result_error();
    init_identifier_node();
    init_set_operation_parser();
    init_binary_operation_parser();
    init_expression_wrapper();
    init_value_parser();
    init_fetch_parser();
    init_top_parser();
    SelectQueryBuilderImpl = class {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      get expressionType() {
        return void 0;
      }
      get isSelectQueryBuilder() {
        return true;
      }
      where(...args) {
        return new _a3({
          ...this.#props,
          queryNode: QueryNode.cloneWithWhere(this.#props.queryNode, parseValueBinaryOperationOrExpression(args))
        });
      }
      whereRef(lhs, op, rhs) {
        return new _a3({
          ...this.#props,
          queryNode: QueryNode.cloneWithWhere(this.#props.queryNode, parseReferentialBinaryOperation(lhs, op, rhs))
        });
      }
      having(...args) {
        return new _a3({
          ...this.#props,
          queryNode: SelectQueryNode.cloneWithHaving(this.#props.queryNode, parseValueBinaryOperationOrExpression(args))
        });
      }
      havingRef(lhs, op, rhs) {
        return new _a3({
          ...this.#props,
          queryNode: SelectQueryNode.cloneWithHaving(this.#props.queryNode, parseReferentialBinaryOperation(lhs, op, rhs))
        });
      }
      select(selection) {
        return new _a3({
          ...this.#props,
          queryNode: SelectQueryNode.cloneWithSelections(this.#props.queryNode, parseSelectArg(selection))
        });
      }
      distinctOn(selection) {
        return new _a3({
          ...this.#props,
          queryNode: SelectQueryNode.cloneWithDistinctOn(this.#props.queryNode, parseReferenceExpressionOrList(selection))
        });
      }
      modifyFront(modifier) {
        return new _a3({
          ...this.#props,
          queryNode: SelectQueryNode.cloneWithFrontModifier(this.#props.queryNode, SelectModifierNode.createWithExpression(modifier.toOperationNode()))
        });
      }
      modifyEnd(modifier) {
        return new _a3({
          ...this.#props,
          queryNode: QueryNode.cloneWithEndModifier(this.#props.queryNode, SelectModifierNode.createWithExpression(modifier.toOperationNode()))
        });
      }
      distinct() {
        return new _a3({
          ...this.#props,
          queryNode: SelectQueryNode.cloneWithFrontModifier(this.#props.queryNode, SelectModifierNode.create("Distinct"))
        });
      }
      forUpdate(of) {
        return new _a3({
          ...this.#props,
          queryNode: QueryNode.cloneWithEndModifier(this.#props.queryNode, SelectModifierNode.create("ForUpdate", of ? asArray(of).map(parseTable) : void 0))
        });
      }
      forShare(of) {
        return new _a3({
          ...this.#props,
          queryNode: QueryNode.cloneWithEndModifier(this.#props.queryNode, SelectModifierNode.create("ForShare", of ? asArray(of).map(parseTable) : void 0))
        });
      }
      forKeyShare(of) {
        return new _a3({
          ...this.#props,
          queryNode: QueryNode.cloneWithEndModifier(this.#props.queryNode, SelectModifierNode.create("ForKeyShare", of ? asArray(of).map(parseTable) : void 0))
        });
      }
      forNoKeyUpdate(of) {
        return new _a3({
          ...this.#props,
          queryNode: QueryNode.cloneWithEndModifier(this.#props.queryNode, SelectModifierNode.create("ForNoKeyUpdate", of ? asArray(of).map(parseTable) : void 0))
        });
      }
      skipLocked() {
        return new _a3({
          ...this.#props,
          queryNode: QueryNode.cloneWithEndModifier(this.#props.queryNode, SelectModifierNode.create("SkipLocked"))
        });
      }
      noWait() {
        return new _a3({
          ...this.#props,
          queryNode: QueryNode.cloneWithEndModifier(this.#props.queryNode, SelectModifierNode.create("NoWait"))
        });
      }
      selectAll(table) {
        return new _a3({
          ...this.#props,
          queryNode: SelectQueryNode.cloneWithSelections(this.#props.queryNode, parseSelectAll(table))
        });
      }
      innerJoin(...args) {
        return this.#join("InnerJoin", args);
      }
      leftJoin(...args) {
        return this.#join("LeftJoin", args);
      }
      rightJoin(...args) {
        return this.#join("RightJoin", args);
      }
      fullJoin(...args) {
        return this.#join("FullJoin", args);
      }
      crossJoin(...args) {
        return this.#join("CrossJoin", args);
      }
      innerJoinLateral(...args) {
        return this.#join("LateralInnerJoin", args);
      }
      leftJoinLateral(...args) {
        return this.#join("LateralLeftJoin", args);
      }
      crossJoinLateral(...args) {
        return this.#join("LateralCrossJoin", args);
      }
      crossApply(...args) {
        return this.#join("CrossApply", args);
      }
      outerApply(...args) {
        return this.#join("OuterApply", args);
      }
      #join(joinType, args) {
        return new _a3({
          ...this.#props,
          queryNode: QueryNode.cloneWithJoin(this.#props.queryNode, parseJoin(joinType, args))
        });
      }
      orderBy(...args) {
        return new _a3({
          ...this.#props,
          queryNode: QueryNode.cloneWithOrderByItems(this.#props.queryNode, parseOrderBy(args))
        });
      }
      groupBy(groupBy) {
        return new _a3({
          ...this.#props,
          queryNode: SelectQueryNode.cloneWithGroupByItems(this.#props.queryNode, parseGroupBy(groupBy))
        });
      }
      limit(limit) {
        return new _a3({
          ...this.#props,
          queryNode: SelectQueryNode.cloneWithLimit(this.#props.queryNode, LimitNode.create(parseValueExpression(limit)))
        });
      }
      offset(offset) {
        return new _a3({
          ...this.#props,
          queryNode: SelectQueryNode.cloneWithOffset(this.#props.queryNode, OffsetNode.create(parseValueExpression(offset)))
        });
      }
      fetch(rowCount, modifier = "only") {
        return new _a3({
          ...this.#props,
          queryNode: SelectQueryNode.cloneWithFetch(this.#props.queryNode, parseFetch(rowCount, modifier))
        });
      }
      top(expression, modifiers) {
        return new _a3({
          ...this.#props,
          queryNode: QueryNode.cloneWithTop(this.#props.queryNode, parseTop(expression, modifiers))
        });
      }
      union(expression) {
        return new _a3({
          ...this.#props,
          queryNode: SelectQueryNode.cloneWithSetOperations(this.#props.queryNode, parseSetOperations("union", expression, false))
        });
      }
      unionAll(expression) {
        return new _a3({
          ...this.#props,
          queryNode: SelectQueryNode.cloneWithSetOperations(this.#props.queryNode, parseSetOperations("union", expression, true))
        });
      }
      intersect(expression) {
        return new _a3({
          ...this.#props,
          queryNode: SelectQueryNode.cloneWithSetOperations(this.#props.queryNode, parseSetOperations("intersect", expression, false))
        });
      }
      intersectAll(expression) {
        return new _a3({
          ...this.#props,
          queryNode: SelectQueryNode.cloneWithSetOperations(this.#props.queryNode, parseSetOperations("intersect", expression, true))
        });
      }
      except(expression) {
        return new _a3({
          ...this.#props,
          queryNode: SelectQueryNode.cloneWithSetOperations(this.#props.queryNode, parseSetOperations("except", expression, false))
        });
      }
      exceptAll(expression) {
        return new _a3({
          ...this.#props,
          queryNode: SelectQueryNode.cloneWithSetOperations(this.#props.queryNode, parseSetOperations("except", expression, true))
        });
      }
      as(alias) {
        return new AliasedSelectQueryBuilderImpl(this, alias);
      }
      clearSelect() {
        return new _a3({
          ...this.#props,
          queryNode: SelectQueryNode.cloneWithoutSelections(this.#props.queryNode)
        });
      }
      clearWhere() {
        return new _a3({
          ...this.#props,
          queryNode: QueryNode.cloneWithoutWhere(this.#props.queryNode)
        });
      }
      clearLimit() {
        return new _a3({
          ...this.#props,
          queryNode: SelectQueryNode.cloneWithoutLimit(this.#props.queryNode)
        });
      }
      clearOffset() {
        return new _a3({
          ...this.#props,
          queryNode: SelectQueryNode.cloneWithoutOffset(this.#props.queryNode)
        });
      }
      clearOrderBy() {
        return new _a3({
          ...this.#props,
          queryNode: QueryNode.cloneWithoutOrderBy(this.#props.queryNode)
        });
      }
      clearGroupBy() {
        return new _a3({
          ...this.#props,
          queryNode: SelectQueryNode.cloneWithoutGroupBy(this.#props.queryNode)
        });
      }
      $call(func) {
        return func(this);
      }
      $if(condition, func) {
        if (condition) {
          return func(this);
        }
        return new _a3({
          ...this.#props
        });
      }
      $castTo() {
        return new _a3(this.#props);
      }
      $narrowType() {
        return new _a3(this.#props);
      }
      $assertType() {
        return new _a3(this.#props);
      }
      $asTuple() {
        return new ExpressionWrapper(this.toOperationNode());
      }
      $asScalar() {
        return new ExpressionWrapper(this.toOperationNode());
      }
      withPlugin(plugin) {
        return new _a3({
          ...this.#props,
          executor: this.#props.executor.withPlugin(plugin)
        });
      }
      toOperationNode() {
        return this.#props.executor.transformQuery(this.#props.queryNode, this.#props.queryId);
      }
      compile() {
        return this.#props.executor.compileQuery(this.toOperationNode(), this.#props.queryId);
      }
      async execute() {
        const compiledQuery = this.compile();
        const result = await this.#props.executor.executeQuery(compiledQuery);
        return result.rows;
      }
      async executeTakeFirst() {
        const [result] = await this.execute();
        return result;
      }
      async executeTakeFirstOrThrow(errorConstructor = NoResultError) {
        const result = await this.executeTakeFirst();
        if (result === void 0) {
          const error = isNoResultErrorConstructor(errorConstructor) ? new errorConstructor(this.toOperationNode()) : errorConstructor(this.toOperationNode());
          throw error;
        }
        return result;
      }
      async *stream(chunkSize = 100) {
        const compiledQuery = this.compile();
        const stream = this.#props.executor.stream(compiledQuery, chunkSize);
        for await (const item of stream) {
          yield* item.rows;
        }
      }
      async explain(format, options) {
        const builder = new _a3({
          ...this.#props,
          queryNode: QueryNode.cloneWithExplain(this.#props.queryNode, format, options)
        });
        return await builder.execute();
      }
    };
    _a3 = SelectQueryBuilderImpl;
    AliasedSelectQueryBuilderImpl = class {
      #queryBuilder;
      #alias;
      constructor(queryBuilder, alias) {
        this.#queryBuilder = queryBuilder;
        this.#alias = alias;
      }
      get expression() {
        return this.#queryBuilder;
      }
      get alias() {
        return this.#alias;
      }
      get isAliasedSelectQueryBuilder() {
        return true;
      }
      toOperationNode() {
        return AliasNode.create(this.#queryBuilder.toOperationNode(), IdentifierNode.create(this.#alias));
      }
    };
  }
});

// node_modules/kysely/dist/esm/operation-node/aggregate-function-node.js
var AggregateFunctionNode;
var init_aggregate_function_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/aggregate-function-node.js"() {
    init_object_utils();
    init_where_node();
    init_order_by_node();
    AggregateFunctionNode = freeze({
      is(node) {
        return node.kind === "AggregateFunctionNode";
      },
      create(aggregateFunction, aggregated = []) {
        return freeze({
          kind: "AggregateFunctionNode",
          func: aggregateFunction,
          aggregated
        });
      },
      cloneWithDistinct(aggregateFunctionNode) {
        return freeze({
          ...aggregateFunctionNode,
          distinct: true
        });
      },
      cloneWithOrderBy(aggregateFunctionNode, orderItems, withinGroup = false) {
        const prop = withinGroup ? "withinGroup" : "orderBy";
        return freeze({
          ...aggregateFunctionNode,
          [prop]: aggregateFunctionNode[prop] ? OrderByNode.cloneWithItems(aggregateFunctionNode[prop], orderItems) : OrderByNode.create(orderItems)
        });
      },
      cloneWithFilter(aggregateFunctionNode, filter) {
        return freeze({
          ...aggregateFunctionNode,
          filter: aggregateFunctionNode.filter ? WhereNode.cloneWithOperation(aggregateFunctionNode.filter, "And", filter) : WhereNode.create(filter)
        });
      },
      cloneWithOrFilter(aggregateFunctionNode, filter) {
        return freeze({
          ...aggregateFunctionNode,
          filter: aggregateFunctionNode.filter ? WhereNode.cloneWithOperation(aggregateFunctionNode.filter, "Or", filter) : WhereNode.create(filter)
        });
      },
      cloneWithOver(aggregateFunctionNode, over) {
        return freeze({
          ...aggregateFunctionNode,
          over
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/function-node.js
var FunctionNode;
var init_function_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/function-node.js"() {
    init_object_utils();
    FunctionNode = freeze({
      is(node) {
        return node.kind === "FunctionNode";
      },
      create(func, args) {
        return freeze({
          kind: "FunctionNode",
          func,
          arguments: args
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/query-builder/aggregate-function-builder.js
var AggregateFunctionBuilder, AliasedAggregateFunctionBuilder;
var init_aggregate_function_builder = __esm({
  "node_modules/kysely/dist/esm/query-builder/aggregate-function-builder.js"() {
    init_object_utils();
    init_aggregate_function_node();
    init_alias_node();
    init_identifier_node();
    init_parse_utils();
    init_binary_operation_parser();
    init_order_by_parser();
    init_query_node();
    AggregateFunctionBuilder = class _AggregateFunctionBuilder {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      /** @private */
      get expressionType() {
        return void 0;
      }
      /**
       * Returns an aliased version of the function.
       *
       * In addition to slapping `as "the_alias"` to the end of the SQL,
       * this method also provides strict typing:
       *
       * ```ts
       * const result = await db
       *   .selectFrom('person')
       *   .select(
       *     (eb) => eb.fn.count<number>('id').as('person_count')
       *   )
       *   .executeTakeFirstOrThrow()
       *
       * // `person_count: number` field exists in the result type.
       * console.log(result.person_count)
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * select count("id") as "person_count"
       * from "person"
       * ```
       */
      as(alias) {
        return new AliasedAggregateFunctionBuilder(this, alias);
      }
      /**
       * Adds a `distinct` clause inside the function.
       *
       * ### Examples
       *
       * ```ts
       * const result = await db
       *   .selectFrom('person')
       *   .select((eb) =>
       *     eb.fn.count<number>('first_name').distinct().as('first_name_count')
       *   )
       *   .executeTakeFirstOrThrow()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * select count(distinct "first_name") as "first_name_count"
       * from "person"
       * ```
       */
      distinct() {
        return new _AggregateFunctionBuilder({
          ...this.#props,
          aggregateFunctionNode: AggregateFunctionNode.cloneWithDistinct(this.#props.aggregateFunctionNode)
        });
      }
      orderBy(...args) {
        return new _AggregateFunctionBuilder({
          ...this.#props,
          aggregateFunctionNode: QueryNode.cloneWithOrderByItems(this.#props.aggregateFunctionNode, parseOrderBy(args))
        });
      }
      clearOrderBy() {
        return new _AggregateFunctionBuilder({
          ...this.#props,
          aggregateFunctionNode: QueryNode.cloneWithoutOrderBy(this.#props.aggregateFunctionNode)
        });
      }
      withinGroupOrderBy(...args) {
        return new _AggregateFunctionBuilder({
          ...this.#props,
          aggregateFunctionNode: AggregateFunctionNode.cloneWithOrderBy(this.#props.aggregateFunctionNode, parseOrderBy(args), true)
        });
      }
      filterWhere(...args) {
        return new _AggregateFunctionBuilder({
          ...this.#props,
          aggregateFunctionNode: AggregateFunctionNode.cloneWithFilter(this.#props.aggregateFunctionNode, parseValueBinaryOperationOrExpression(args))
        });
      }
      /**
       * Adds a `filter` clause with a nested `where` clause after the function, where
       * both sides of the operator are references to columns.
       *
       * Similar to {@link WhereInterface}'s `whereRef` method.
       *
       * ### Examples
       *
       * Count people with same first and last names versus general public:
       *
       * ```ts
       * const result = await db
       *   .selectFrom('person')
       *   .select((eb) => [
       *     eb.fn
       *       .count<number>('id')
       *       .filterWhereRef('first_name', '=', 'last_name')
       *       .as('repeat_name_count'),
       *     eb.fn.count<number>('id').as('total_count'),
       *   ])
       *   .executeTakeFirstOrThrow()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * select
       *   count("id") filter(where "first_name" = "last_name") as "repeat_name_count",
       *   count("id") as "total_count"
       * from "person"
       * ```
       */
      filterWhereRef(lhs, op, rhs) {
        return new _AggregateFunctionBuilder({
          ...this.#props,
          aggregateFunctionNode: AggregateFunctionNode.cloneWithFilter(this.#props.aggregateFunctionNode, parseReferentialBinaryOperation(lhs, op, rhs))
        });
      }
      /**
       * Adds an `over` clause (window functions) after the function.
       *
       * ### Examples
       *
       * ```ts
       * const result = await db
       *   .selectFrom('person')
       *   .select(
       *     (eb) => eb.fn.avg<number>('age').over().as('average_age')
       *   )
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * select avg("age") over() as "average_age"
       * from "person"
       * ```
       *
       * Also supports passing a callback that returns an over builder,
       * allowing to add partition by and sort by clauses inside over.
       *
       * ```ts
       * const result = await db
       *   .selectFrom('person')
       *   .select(
       *     (eb) => eb.fn.avg<number>('age').over(
       *       ob => ob.partitionBy('last_name').orderBy('first_name', 'asc')
       *     ).as('average_age')
       *   )
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * select avg("age") over(partition by "last_name" order by "first_name" asc) as "average_age"
       * from "person"
       * ```
       */
      over(over) {
        const builder = createOverBuilder();
        return new _AggregateFunctionBuilder({
          ...this.#props,
          aggregateFunctionNode: AggregateFunctionNode.cloneWithOver(this.#props.aggregateFunctionNode, (over ? over(builder) : builder).toOperationNode())
        });
      }
      /**
       * Simply calls the provided function passing `this` as the only argument. `$call` returns
       * what the provided function returns.
       */
      $call(func) {
        return func(this);
      }
      /**
       * Casts the expression to the given type.
       *
       * This method call doesn't change the SQL in any way. This methods simply
       * returns a copy of this `AggregateFunctionBuilder` with a new output type.
       */
      $castTo() {
        return new _AggregateFunctionBuilder(this.#props);
      }
      /**
       * Omit null from the expression's type.
       *
       * This function can be useful in cases where you know an expression can't be
       * null, but Kysely is unable to infer it.
       *
       * This method call doesn't change the SQL in any way. This methods simply
       * returns a copy of `this` with a new output type.
       */
      $notNull() {
        return new _AggregateFunctionBuilder(this.#props);
      }
      toOperationNode() {
        return this.#props.aggregateFunctionNode;
      }
    };
    AliasedAggregateFunctionBuilder = class {
      #aggregateFunctionBuilder;
      #alias;
      constructor(aggregateFunctionBuilder, alias) {
        this.#aggregateFunctionBuilder = aggregateFunctionBuilder;
        this.#alias = alias;
      }
      /** @private */
      get expression() {
        return this.#aggregateFunctionBuilder;
      }
      /** @private */
      get alias() {
        return this.#alias;
      }
      toOperationNode() {
        return AliasNode.create(this.#aggregateFunctionBuilder.toOperationNode(), IdentifierNode.create(this.#alias));
      }
    };
  }
});

// node_modules/kysely/dist/esm/query-builder/function-module.js
function createFunctionModule() {
  const fn = (name, args) => {
    return new ExpressionWrapper(FunctionNode.create(name, parseReferenceExpressionOrList(args ?? [])));
  };
  const agg = (name, args) => {
    return new AggregateFunctionBuilder({
      aggregateFunctionNode: AggregateFunctionNode.create(name, args ? parseReferenceExpressionOrList(args) : void 0)
    });
  };
  return Object.assign(fn, {
    agg,
    avg(column) {
      return agg("avg", [column]);
    },
    coalesce(...values) {
      return fn("coalesce", values);
    },
    count(column) {
      return agg("count", [column]);
    },
    countAll(table) {
      return new AggregateFunctionBuilder({
        aggregateFunctionNode: AggregateFunctionNode.create("count", parseSelectAll(table))
      });
    },
    max(column) {
      return agg("max", [column]);
    },
    min(column) {
      return agg("min", [column]);
    },
    sum(column) {
      return agg("sum", [column]);
    },
    any(column) {
      return fn("any", [column]);
    },
    jsonAgg(table) {
      return new AggregateFunctionBuilder({
        aggregateFunctionNode: AggregateFunctionNode.create("json_agg", [
          isString(table) ? parseTable(table) : table.toOperationNode()
        ])
      });
    },
    toJson(table) {
      return new ExpressionWrapper(FunctionNode.create("to_json", [
        isString(table) ? parseTable(table) : table.toOperationNode()
      ]));
    }
  });
}
var init_function_module = __esm({
  "node_modules/kysely/dist/esm/query-builder/function-module.js"() {
    init_expression_wrapper();
    init_aggregate_function_node();
    init_function_node();
    init_reference_parser();
    init_select_parser();
    init_aggregate_function_builder();
    init_object_utils();
    init_table_parser();
  }
});

// node_modules/kysely/dist/esm/operation-node/unary-operation-node.js
var UnaryOperationNode;
var init_unary_operation_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/unary-operation-node.js"() {
    init_object_utils();
    UnaryOperationNode = freeze({
      is(node) {
        return node.kind === "UnaryOperationNode";
      },
      create(operator, operand) {
        return freeze({
          kind: "UnaryOperationNode",
          operator,
          operand
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/parser/unary-operation-parser.js
function parseUnaryOperation(operator, operand) {
  return UnaryOperationNode.create(OperatorNode.create(operator), parseReferenceExpression(operand));
}
var init_unary_operation_parser = __esm({
  "node_modules/kysely/dist/esm/parser/unary-operation-parser.js"() {
    init_operator_node();
    init_unary_operation_node();
    init_reference_parser();
  }
});

// node_modules/kysely/dist/esm/operation-node/case-node.js
var CaseNode;
var init_case_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/case-node.js"() {
    init_object_utils();
    init_when_node();
    CaseNode = freeze({
      is(node) {
        return node.kind === "CaseNode";
      },
      create(value) {
        return freeze({
          kind: "CaseNode",
          value
        });
      },
      cloneWithWhen(caseNode, when) {
        return freeze({
          ...caseNode,
          when: freeze(caseNode.when ? [...caseNode.when, when] : [when])
        });
      },
      cloneWithThen(caseNode, then) {
        return freeze({
          ...caseNode,
          when: caseNode.when ? freeze([
            ...caseNode.when.slice(0, -1),
            WhenNode.cloneWithResult(caseNode.when[caseNode.when.length - 1], then)
          ]) : void 0
        });
      },
      cloneWith(caseNode, props) {
        return freeze({
          ...caseNode,
          ...props
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/query-builder/case-builder.js
var CaseBuilder, CaseThenBuilder, CaseWhenBuilder, CaseEndBuilder;
var init_case_builder = __esm({
  "node_modules/kysely/dist/esm/query-builder/case-builder.js"() {
    init_expression_wrapper();
    init_object_utils();
    init_case_node();
    init_when_node();
    init_binary_operation_parser();
    init_value_parser();
    CaseBuilder = class {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      when(...args) {
        return new CaseThenBuilder({
          ...this.#props,
          node: CaseNode.cloneWithWhen(this.#props.node, WhenNode.create(parseValueBinaryOperationOrExpression(args)))
        });
      }
    };
    CaseThenBuilder = class {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      then(valueExpression) {
        return new CaseWhenBuilder({
          ...this.#props,
          node: CaseNode.cloneWithThen(this.#props.node, isSafeImmediateValue(valueExpression) ? parseSafeImmediateValue(valueExpression) : parseValueExpression(valueExpression))
        });
      }
    };
    CaseWhenBuilder = class {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      when(...args) {
        return new CaseThenBuilder({
          ...this.#props,
          node: CaseNode.cloneWithWhen(this.#props.node, WhenNode.create(parseValueBinaryOperationOrExpression(args)))
        });
      }
      else(valueExpression) {
        return new CaseEndBuilder({
          ...this.#props,
          node: CaseNode.cloneWith(this.#props.node, {
            else: isSafeImmediateValue(valueExpression) ? parseSafeImmediateValue(valueExpression) : parseValueExpression(valueExpression)
          })
        });
      }
      end() {
        return new ExpressionWrapper(CaseNode.cloneWith(this.#props.node, { isStatement: false }));
      }
      endCase() {
        return new ExpressionWrapper(CaseNode.cloneWith(this.#props.node, { isStatement: true }));
      }
    };
    CaseEndBuilder = class {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      end() {
        return new ExpressionWrapper(CaseNode.cloneWith(this.#props.node, { isStatement: false }));
      }
      endCase() {
        return new ExpressionWrapper(CaseNode.cloneWith(this.#props.node, { isStatement: true }));
      }
    };
  }
});

// node_modules/kysely/dist/esm/operation-node/json-path-leg-node.js
var JSONPathLegNode;
var init_json_path_leg_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/json-path-leg-node.js"() {
    init_object_utils();
    JSONPathLegNode = freeze({
      is(node) {
        return node.kind === "JSONPathLegNode";
      },
      create(type, value) {
        return freeze({
          kind: "JSONPathLegNode",
          type,
          value
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/query-builder/json-path-builder.js
var HASH_NEGATIVE_INDEX_REGEX, JSONPathBuilder, TraversedJSONPathBuilder, AliasedJSONPathBuilder;
var init_json_path_builder = __esm({
  "node_modules/kysely/dist/esm/query-builder/json-path-builder.js"() {
    init_alias_node();
    init_identifier_node();
    init_json_operator_chain_node();
    init_json_path_leg_node();
    init_json_path_node();
    init_json_reference_node();
    init_operation_node_source();
    init_value_node();
    HASH_NEGATIVE_INDEX_REGEX = /^#-\d+$/;
    JSONPathBuilder = class {
      #node;
      constructor(node) {
        this.#node = node;
      }
      /**
       * Access an element of a JSON array in a specific location.
       *
       * Since there's no guarantee an element exists in the given array location, the
       * resulting type is always nullable. If you're sure the element exists, you
       * should use {@link SelectQueryBuilder.$assertType} to narrow the type safely.
       *
       * See also {@link key} to access properties of JSON objects.
       *
       * ### Examples
       *
       * ```ts
       * await db.selectFrom('person')
       *   .select(eb =>
       *     eb.ref('nicknames', '->').at(0).as('primary_nickname')
       *   )
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * select "nicknames"->0 as "primary_nickname" from "person"
       *```
       *
       * Combined with {@link key}:
       *
       * ```ts
       * db.selectFrom('person').select(eb =>
       *   eb.ref('experience', '->').at(0).key('role').as('first_role')
       * )
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * select "experience"->0->'role' as "first_role" from "person"
       * ```
       *
       * You can use `'last'` to access the last element of the array in MySQL:
       *
       * ```ts
       * db.selectFrom('person').select(eb =>
       *   eb.ref('nicknames', '->$').at('last').as('last_nickname')
       * )
       * ```
       *
       * The generated SQL (MySQL):
       *
       * ```sql
       * select `nicknames`->'$[last]' as `last_nickname` from `person`
       * ```
       *
       * Or `'#-1'` in SQLite:
       *
       * ```ts
       * db.selectFrom('person').select(eb =>
       *   eb.ref('nicknames', '->>$').at('#-1').as('last_nickname')
       * )
       * ```
       *
       * The generated SQL (SQLite):
       *
       * ```sql
       * select "nicknames"->>'$[#-1]' as `last_nickname` from `person`
       * ```
       */
      at(index) {
        if (typeof index !== "number" && typeof index !== "string" || typeof index === "number" && !Number.isInteger(index) || typeof index === "string" && index !== "last" && !HASH_NEGATIVE_INDEX_REGEX.test(index)) {
          throw new Error(`Unexpected index value in .at(...): ${index}`);
        }
        return this.#createBuilderWithPathLeg("ArrayLocation", index);
      }
      /**
       * Access a property of a JSON object.
       *
       * If a field is optional, the resulting type will be nullable.
       *
       * See also {@link at} to access elements of JSON arrays.
       *
       * ### Examples
       *
       * ```ts
       * db.selectFrom('person').select(eb =>
       *   eb.ref('address', '->').key('city').as('city')
       * )
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * select "address"->'city' as "city" from "person"
       * ```
       *
       * Going deeper:
       *
       * ```ts
       * db.selectFrom('person').select(eb =>
       *   eb.ref('profile', '->$').key('website').key('url').as('website_url')
       * )
       * ```
       *
       * The generated SQL (MySQL):
       *
       * ```sql
       * select `profile`->'$.website.url' as `website_url` from `person`
       * ```
       *
       * Combined with {@link at}:
       *
       * ```ts
       * db.selectFrom('person').select(eb =>
       *   eb.ref('profile', '->').key('addresses').at(0).key('city').as('city')
       * )
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * select "profile"->'addresses'->0->'city' as "city" from "person"
       * ```
       */
      key(key) {
        return this.#createBuilderWithPathLeg("Member", key);
      }
      #createBuilderWithPathLeg(legType, value) {
        if (JSONReferenceNode.is(this.#node)) {
          return new TraversedJSONPathBuilder(JSONReferenceNode.cloneWithTraversal(this.#node, JSONPathNode.is(this.#node.traversal) ? JSONPathNode.cloneWithLeg(this.#node.traversal, JSONPathLegNode.create(legType, value)) : JSONOperatorChainNode.cloneWithValue(this.#node.traversal, ValueNode.createImmediate(value))));
        }
        return new TraversedJSONPathBuilder(JSONPathNode.cloneWithLeg(this.#node, JSONPathLegNode.create(legType, value)));
      }
    };
    TraversedJSONPathBuilder = class _TraversedJSONPathBuilder extends JSONPathBuilder {
      #node;
      constructor(node) {
        super(node);
        this.#node = node;
      }
      /** @private */
      get expressionType() {
        return void 0;
      }
      as(alias) {
        return new AliasedJSONPathBuilder(this, alias);
      }
      /**
       * Change the output type of the json path.
       *
       * This method call doesn't change the SQL in any way. This methods simply
       * returns a copy of this `JSONPathBuilder` with a new output type.
       */
      $castTo() {
        return new _TraversedJSONPathBuilder(this.#node);
      }
      $notNull() {
        return new _TraversedJSONPathBuilder(this.#node);
      }
      toOperationNode() {
        return this.#node;
      }
    };
    AliasedJSONPathBuilder = class {
      #jsonPath;
      #alias;
      constructor(jsonPath, alias) {
        this.#jsonPath = jsonPath;
        this.#alias = alias;
      }
      /** @private */
      get expression() {
        return this.#jsonPath;
      }
      /** @private */
      get alias() {
        return this.#alias;
      }
      toOperationNode() {
        return AliasNode.create(this.#jsonPath.toOperationNode(), isOperationNodeSource(this.#alias) ? this.#alias.toOperationNode() : IdentifierNode.create(this.#alias));
      }
    };
  }
});

// node_modules/kysely/dist/esm/operation-node/tuple-node.js
var TupleNode;
var init_tuple_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/tuple-node.js"() {
    init_object_utils();
    TupleNode = freeze({
      is(node) {
        return node.kind === "TupleNode";
      },
      create(values) {
        return freeze({
          kind: "TupleNode",
          values: freeze(values)
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/data-type-node.js
function isColumnDataType(dataType) {
  if (SIMPLE_COLUMN_DATA_TYPES.includes(dataType)) {
    return true;
  }
  if (COLUMN_DATA_TYPE_REGEX.some((r) => r.test(dataType))) {
    return true;
  }
  return false;
}
var SIMPLE_COLUMN_DATA_TYPES, COLUMN_DATA_TYPE_REGEX, DataTypeNode;
var init_data_type_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/data-type-node.js"() {
    init_object_utils();
    SIMPLE_COLUMN_DATA_TYPES = [
      "varchar",
      "char",
      "text",
      "integer",
      "int2",
      "int4",
      "int8",
      "smallint",
      "bigint",
      "boolean",
      "real",
      "double precision",
      "float4",
      "float8",
      "decimal",
      "numeric",
      "binary",
      "bytea",
      "date",
      "datetime",
      "time",
      "timetz",
      "timestamp",
      "timestamptz",
      "serial",
      "bigserial",
      "uuid",
      "json",
      "jsonb",
      "blob",
      "varbinary",
      "int4range",
      "int4multirange",
      "int8range",
      "int8multirange",
      "numrange",
      "nummultirange",
      "tsrange",
      "tsmultirange",
      "tstzrange",
      "tstzmultirange",
      "daterange",
      "datemultirange"
    ];
    COLUMN_DATA_TYPE_REGEX = [
      /^varchar\(\d+\)$/,
      /^char\(\d+\)$/,
      /^decimal\(\d+, \d+\)$/,
      /^numeric\(\d+, \d+\)$/,
      /^binary\(\d+\)$/,
      /^datetime\(\d+\)$/,
      /^time\(\d+\)$/,
      /^timetz\(\d+\)$/,
      /^timestamp\(\d+\)$/,
      /^timestamptz\(\d+\)$/,
      /^varbinary\(\d+\)$/
    ];
    DataTypeNode = freeze({
      is(node) {
        return node.kind === "DataTypeNode";
      },
      create(dataType) {
        return freeze({
          kind: "DataTypeNode",
          dataType
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/parser/data-type-parser.js
function parseDataTypeExpression(dataType) {
  if (isOperationNodeSource(dataType)) {
    return dataType.toOperationNode();
  }
  if (isColumnDataType(dataType)) {
    return DataTypeNode.create(dataType);
  }
  throw new Error(`invalid column data type ${JSON.stringify(dataType)}`);
}
var init_data_type_parser = __esm({
  "node_modules/kysely/dist/esm/parser/data-type-parser.js"() {
    init_data_type_node();
    init_operation_node_source();
  }
});

// node_modules/kysely/dist/esm/operation-node/cast-node.js
var CastNode;
var init_cast_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/cast-node.js"() {
    init_object_utils();
    CastNode = freeze({
      is(node) {
        return node.kind === "CastNode";
      },
      create(expression, dataType) {
        return freeze({
          kind: "CastNode",
          expression,
          dataType
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/expression/expression-builder.js
function createExpressionBuilder(executor = NOOP_QUERY_EXECUTOR) {
  function binary(lhs, op, rhs) {
    return new ExpressionWrapper(parseValueBinaryOperation(lhs, op, rhs));
  }
  function unary(op, expr) {
    return new ExpressionWrapper(parseUnaryOperation(op, expr));
  }
  const eb = Object.assign(binary, {
    fn: void 0,
    eb: void 0,
    selectFrom(table) {
      return createSelectQueryBuilder({
        queryId: createQueryId(),
        executor,
        queryNode: SelectQueryNode.createFrom(parseTableExpressionOrList(table))
      });
    },
    case(reference) {
      return new CaseBuilder({
        node: CaseNode.create(isUndefined(reference) ? void 0 : parseReferenceExpression(reference))
      });
    },
    ref(reference, op) {
      if (isUndefined(op)) {
        return new ExpressionWrapper(parseStringReference(reference));
      }
      return new JSONPathBuilder(parseJSONReference(reference, op));
    },
    jsonPath() {
      return new JSONPathBuilder(JSONPathNode.create());
    },
    table(table) {
      return new ExpressionWrapper(parseTable(table));
    },
    val(value) {
      return new ExpressionWrapper(parseValueExpression(value));
    },
    refTuple(...values) {
      return new ExpressionWrapper(TupleNode.create(values.map(parseReferenceExpression)));
    },
    tuple(...values) {
      return new ExpressionWrapper(TupleNode.create(values.map(parseValueExpression)));
    },
    lit(value) {
      return new ExpressionWrapper(parseSafeImmediateValue(value));
    },
    unary,
    not(expr) {
      return unary("not", expr);
    },
    exists(expr) {
      return unary("exists", expr);
    },
    neg(expr) {
      return unary("-", expr);
    },
    between(expr, start, end) {
      return new ExpressionWrapper(BinaryOperationNode.create(parseReferenceExpression(expr), OperatorNode.create("between"), AndNode.create(parseValueExpression(start), parseValueExpression(end))));
    },
    betweenSymmetric(expr, start, end) {
      return new ExpressionWrapper(BinaryOperationNode.create(parseReferenceExpression(expr), OperatorNode.create("between symmetric"), AndNode.create(parseValueExpression(start), parseValueExpression(end))));
    },
    and(exprs) {
      if (isReadonlyArray(exprs)) {
        return new ExpressionWrapper(parseFilterList(exprs, "and"));
      }
      return new ExpressionWrapper(parseFilterObject(exprs, "and"));
    },
    or(exprs) {
      if (isReadonlyArray(exprs)) {
        return new ExpressionWrapper(parseFilterList(exprs, "or"));
      }
      return new ExpressionWrapper(parseFilterObject(exprs, "or"));
    },
    parens(...args) {
      const node = parseValueBinaryOperationOrExpression(args);
      if (ParensNode.is(node)) {
        return new ExpressionWrapper(node);
      } else {
        return new ExpressionWrapper(ParensNode.create(node));
      }
    },
    cast(expr, dataType) {
      return new ExpressionWrapper(CastNode.create(parseReferenceExpression(expr), parseDataTypeExpression(dataType)));
    },
    withSchema(schema) {
      return createExpressionBuilder(executor.withPluginAtFront(new WithSchemaPlugin(schema)));
    }
  });
  eb.fn = createFunctionModule();
  eb.eb = eb;
  return eb;
}
function expressionBuilder(_) {
  return createExpressionBuilder();
}
var init_expression_builder = __esm({
  "node_modules/kysely/dist/esm/expression/expression-builder.js"() {
    init_select_query_builder();
    init_select_query_node();
    init_table_parser();
    init_with_schema_plugin();
    init_query_id();
    init_function_module();
    init_reference_parser();
    init_binary_operation_parser();
    init_parens_node();
    init_expression_wrapper();
    init_operator_node();
    init_unary_operation_parser();
    init_value_parser();
    init_noop_query_executor();
    init_case_builder();
    init_case_node();
    init_object_utils();
    init_json_path_builder();
    init_binary_operation_node();
    init_and_node();
    init_tuple_node();
    init_json_path_node();
    init_data_type_parser();
    init_cast_node();
  }
});

// node_modules/kysely/dist/esm/parser/expression-parser.js
function parseExpression(exp) {
  if (isOperationNodeSource(exp)) {
    return exp.toOperationNode();
  } else if (isFunction(exp)) {
    return exp(expressionBuilder()).toOperationNode();
  }
  throw new Error(`invalid expression: ${JSON.stringify(exp)}`);
}
function parseAliasedExpression(exp) {
  if (isOperationNodeSource(exp)) {
    return exp.toOperationNode();
  } else if (isFunction(exp)) {
    return exp(expressionBuilder()).toOperationNode();
  }
  throw new Error(`invalid aliased expression: ${JSON.stringify(exp)}`);
}
function isExpressionOrFactory(obj) {
  return isExpression(obj) || isAliasedExpression(obj) || isFunction(obj);
}
var init_expression_parser = __esm({
  "node_modules/kysely/dist/esm/parser/expression-parser.js"() {
    init_expression();
    init_operation_node_source();
    init_expression_builder();
    init_object_utils();
  }
});

// node_modules/kysely/dist/esm/dynamic/dynamic-table-builder.js
function isAliasedDynamicTableBuilder(obj) {
  return isObject(obj) && isOperationNodeSource(obj) && isString(obj.table) && isString(obj.alias);
}
var DynamicTableBuilder, AliasedDynamicTableBuilder;
var init_dynamic_table_builder = __esm({
  "node_modules/kysely/dist/esm/dynamic/dynamic-table-builder.js"() {
    init_alias_node();
    init_identifier_node();
    init_operation_node_source();
    init_table_parser();
    init_object_utils();
    DynamicTableBuilder = class {
      #table;
      get table() {
        return this.#table;
      }
      constructor(table) {
        this.#table = table;
      }
      as(alias) {
        return new AliasedDynamicTableBuilder(this.#table, alias);
      }
    };
    AliasedDynamicTableBuilder = class {
      #table;
      #alias;
      get table() {
        return this.#table;
      }
      get alias() {
        return this.#alias;
      }
      constructor(table, alias) {
        this.#table = table;
        this.#alias = alias;
      }
      toOperationNode() {
        return AliasNode.create(parseTable(this.#table), IdentifierNode.create(this.#alias));
      }
    };
  }
});

// node_modules/kysely/dist/esm/parser/table-parser.js
function parseTableExpressionOrList(table) {
  if (isReadonlyArray(table)) {
    return table.map((it) => parseTableExpression(it));
  } else {
    return [parseTableExpression(table)];
  }
}
function parseTableExpression(table) {
  if (isString(table)) {
    return parseAliasedTable(table);
  } else if (isAliasedDynamicTableBuilder(table)) {
    return table.toOperationNode();
  } else {
    return parseAliasedExpression(table);
  }
}
function parseAliasedTable(from) {
  const ALIAS_SEPARATOR = " as ";
  if (from.includes(ALIAS_SEPARATOR)) {
    const [table, alias] = from.split(ALIAS_SEPARATOR).map(trim2);
    return AliasNode.create(parseTable(table), IdentifierNode.create(alias));
  } else {
    return parseTable(from);
  }
}
function parseTable(from) {
  const SCHEMA_SEPARATOR = ".";
  if (from.includes(SCHEMA_SEPARATOR)) {
    const [schema, table] = from.split(SCHEMA_SEPARATOR).map(trim2);
    return TableNode.createWithSchema(schema, table);
  } else {
    return TableNode.create(from);
  }
}
function trim2(str) {
  return str.trim();
}
var init_table_parser = __esm({
  "node_modules/kysely/dist/esm/parser/table-parser.js"() {
    init_object_utils();
    init_alias_node();
    init_table_node();
    init_expression_parser();
    init_identifier_node();
    init_dynamic_table_builder();
  }
});

// node_modules/kysely/dist/esm/operation-node/add-column-node.js
var AddColumnNode;
var init_add_column_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/add-column-node.js"() {
    init_object_utils();
    AddColumnNode = freeze({
      is(node) {
        return node.kind === "AddColumnNode";
      },
      create(column) {
        return freeze({
          kind: "AddColumnNode",
          column
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/column-definition-node.js
var ColumnDefinitionNode;
var init_column_definition_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/column-definition-node.js"() {
    init_object_utils();
    init_column_node();
    ColumnDefinitionNode = freeze({
      is(node) {
        return node.kind === "ColumnDefinitionNode";
      },
      create(column, dataType) {
        return freeze({
          kind: "ColumnDefinitionNode",
          column: ColumnNode.create(column),
          dataType
        });
      },
      cloneWithFrontModifier(node, modifier) {
        return freeze({
          ...node,
          frontModifiers: node.frontModifiers ? freeze([...node.frontModifiers, modifier]) : [modifier]
        });
      },
      cloneWithEndModifier(node, modifier) {
        return freeze({
          ...node,
          endModifiers: node.endModifiers ? freeze([...node.endModifiers, modifier]) : [modifier]
        });
      },
      cloneWith(node, props) {
        return freeze({
          ...node,
          ...props
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/drop-column-node.js
var DropColumnNode;
var init_drop_column_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/drop-column-node.js"() {
    init_object_utils();
    init_column_node();
    DropColumnNode = freeze({
      is(node) {
        return node.kind === "DropColumnNode";
      },
      create(column) {
        return freeze({
          kind: "DropColumnNode",
          column: ColumnNode.create(column)
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/rename-column-node.js
var RenameColumnNode;
var init_rename_column_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/rename-column-node.js"() {
    init_object_utils();
    init_column_node();
    RenameColumnNode = freeze({
      is(node) {
        return node.kind === "RenameColumnNode";
      },
      create(column, newColumn) {
        return freeze({
          kind: "RenameColumnNode",
          column: ColumnNode.create(column),
          renameTo: ColumnNode.create(newColumn)
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/check-constraint-node.js
var CheckConstraintNode;
var init_check_constraint_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/check-constraint-node.js"() {
    init_object_utils();
    init_identifier_node();
    CheckConstraintNode = freeze({
      is(node) {
        return node.kind === "CheckConstraintNode";
      },
      create(expression, constraintName) {
        return freeze({
          kind: "CheckConstraintNode",
          expression,
          name: constraintName ? IdentifierNode.create(constraintName) : void 0
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/references-node.js
var ON_MODIFY_FOREIGN_ACTIONS, ReferencesNode;
var init_references_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/references-node.js"() {
    init_object_utils();
    ON_MODIFY_FOREIGN_ACTIONS = [
      "no action",
      "restrict",
      "cascade",
      "set null",
      "set default"
    ];
    ReferencesNode = freeze({
      is(node) {
        return node.kind === "ReferencesNode";
      },
      create(table, columns) {
        return freeze({
          kind: "ReferencesNode",
          table,
          columns: freeze([...columns])
        });
      },
      cloneWithOnDelete(references, onDelete) {
        return freeze({
          ...references,
          onDelete
        });
      },
      cloneWithOnUpdate(references, onUpdate) {
        return freeze({
          ...references,
          onUpdate
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/parser/default-value-parser.js
function parseDefaultValueExpression(value) {
  return isOperationNodeSource(value) ? value.toOperationNode() : ValueNode.createImmediate(value);
}
var init_default_value_parser = __esm({
  "node_modules/kysely/dist/esm/parser/default-value-parser.js"() {
    init_operation_node_source();
    init_value_node();
  }
});

// node_modules/kysely/dist/esm/operation-node/generated-node.js
var GeneratedNode;
var init_generated_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/generated-node.js"() {
    init_object_utils();
    GeneratedNode = freeze({
      is(node) {
        return node.kind === "GeneratedNode";
      },
      create(params) {
        return freeze({
          kind: "GeneratedNode",
          ...params
        });
      },
      createWithExpression(expression) {
        return freeze({
          kind: "GeneratedNode",
          always: true,
          expression
        });
      },
      cloneWith(node, params) {
        return freeze({
          ...node,
          ...params
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/default-value-node.js
var DefaultValueNode;
var init_default_value_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/default-value-node.js"() {
    init_object_utils();
    DefaultValueNode = freeze({
      is(node) {
        return node.kind === "DefaultValueNode";
      },
      create(defaultValue) {
        return freeze({
          kind: "DefaultValueNode",
          defaultValue
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/parser/on-modify-action-parser.js
function parseOnModifyForeignAction(action) {
  if (ON_MODIFY_FOREIGN_ACTIONS.includes(action)) {
    return action;
  }
  throw new Error(`invalid OnModifyForeignAction ${action}`);
}
var init_on_modify_action_parser = __esm({
  "node_modules/kysely/dist/esm/parser/on-modify-action-parser.js"() {
    init_references_node();
  }
});

// node_modules/kysely/dist/esm/schema/column-definition-builder.js
var ColumnDefinitionBuilder;
var init_column_definition_builder = __esm({
  "node_modules/kysely/dist/esm/schema/column-definition-builder.js"() {
    init_check_constraint_node();
    init_references_node();
    init_select_all_node();
    init_reference_parser();
    init_column_definition_node();
    init_default_value_parser();
    init_generated_node();
    init_default_value_node();
    init_on_modify_action_parser();
    ColumnDefinitionBuilder = class _ColumnDefinitionBuilder {
      #node;
      constructor(node) {
        this.#node = node;
      }
      /**
       * Adds `auto_increment` or `autoincrement` to the column definition
       * depending on the dialect.
       *
       * Some dialects like PostgreSQL don't support this. On PostgreSQL
       * you can use the `serial` or `bigserial` data type instead.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *   .createTable('person')
       *   .addColumn('id', 'integer', col => col.autoIncrement().primaryKey())
       *   .execute()
       * ```
       *
       * The generated SQL (MySQL):
       *
       * ```sql
       * create table `person` (
       *   `id` integer primary key auto_increment
       * )
       * ```
       */
      autoIncrement() {
        return new _ColumnDefinitionBuilder(ColumnDefinitionNode.cloneWith(this.#node, { autoIncrement: true }));
      }
      /**
       * Makes the column an identity column.
       *
       * This only works on some dialects like MS SQL Server (MSSQL).
       *
       * For PostgreSQL's `generated always as identity` use {@link generatedAlwaysAsIdentity}.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *   .createTable('person')
       *   .addColumn('id', 'integer', col => col.identity().primaryKey())
       *   .execute()
       * ```
       *
       * The generated SQL (MSSQL):
       *
       * ```sql
       * create table "person" (
       *   "id" integer identity primary key
       * )
       * ```
       */
      identity() {
        return new _ColumnDefinitionBuilder(ColumnDefinitionNode.cloneWith(this.#node, { identity: true }));
      }
      /**
       * Makes the column the primary key.
       *
       * If you want to specify a composite primary key use the
       * {@link CreateTableBuilder.addPrimaryKeyConstraint} method.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *   .createTable('person')
       *   .addColumn('id', 'integer', col => col.primaryKey())
       *   .execute()
       * ```
       *
       * The generated SQL (MySQL):
       *
       * ```sql
       * create table `person` (
       *   `id` integer primary key
       * )
       */
      primaryKey() {
        return new _ColumnDefinitionBuilder(ColumnDefinitionNode.cloneWith(this.#node, { primaryKey: true }));
      }
      /**
       * Adds a foreign key constraint for the column.
       *
       * If your database engine doesn't support foreign key constraints in the
       * column definition (like MySQL 5) you need to call the table level
       * {@link CreateTableBuilder.addForeignKeyConstraint} method instead.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *   .createTable('pet')
       *   .addColumn('owner_id', 'integer', (col) => col.references('person.id'))
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * create table "pet" (
       *   "owner_id" integer references "person" ("id")
       * )
       * ```
       */
      references(ref) {
        const references = parseStringReference(ref);
        if (!references.table || SelectAllNode.is(references.column)) {
          throw new Error(`invalid call references('${ref}'). The reference must have format table.column or schema.table.column`);
        }
        return new _ColumnDefinitionBuilder(ColumnDefinitionNode.cloneWith(this.#node, {
          references: ReferencesNode.create(references.table, [
            references.column
          ])
        }));
      }
      /**
       * Adds an `on delete` constraint for the foreign key column.
       *
       * If your database engine doesn't support foreign key constraints in the
       * column definition (like MySQL 5) you need to call the table level
       * {@link CreateTableBuilder.addForeignKeyConstraint} method instead.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *   .createTable('pet')
       *   .addColumn(
       *     'owner_id',
       *     'integer',
       *     (col) => col.references('person.id').onDelete('cascade')
       *   )
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * create table "pet" (
       *   "owner_id" integer references "person" ("id") on delete cascade
       * )
       * ```
       */
      onDelete(onDelete) {
        if (!this.#node.references) {
          throw new Error("on delete constraint can only be added for foreign keys");
        }
        return new _ColumnDefinitionBuilder(ColumnDefinitionNode.cloneWith(this.#node, {
          references: ReferencesNode.cloneWithOnDelete(this.#node.references, parseOnModifyForeignAction(onDelete))
        }));
      }
      /**
       * Adds an `on update` constraint for the foreign key column.
       *
       * If your database engine doesn't support foreign key constraints in the
       * column definition (like MySQL 5) you need to call the table level
       * {@link CreateTableBuilder.addForeignKeyConstraint} method instead.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *   .createTable('pet')
       *   .addColumn(
       *     'owner_id',
       *     'integer',
       *     (col) => col.references('person.id').onUpdate('cascade')
       *   )
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * create table "pet" (
       *   "owner_id" integer references "person" ("id") on update cascade
       * )
       * ```
       */
      onUpdate(onUpdate) {
        if (!this.#node.references) {
          throw new Error("on update constraint can only be added for foreign keys");
        }
        return new _ColumnDefinitionBuilder(ColumnDefinitionNode.cloneWith(this.#node, {
          references: ReferencesNode.cloneWithOnUpdate(this.#node.references, parseOnModifyForeignAction(onUpdate))
        }));
      }
      /**
       * Adds a unique constraint for the column.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *   .createTable('person')
       *   .addColumn('email', 'varchar(255)', col => col.unique())
       *   .execute()
       * ```
       *
       * The generated SQL (MySQL):
       *
       * ```sql
       * create table `person` (
       *   `email` varchar(255) unique
       * )
       * ```
       */
      unique() {
        return new _ColumnDefinitionBuilder(ColumnDefinitionNode.cloneWith(this.#node, { unique: true }));
      }
      /**
       * Adds a `not null` constraint for the column.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *   .createTable('person')
       *   .addColumn('first_name', 'varchar(255)', col => col.notNull())
       *   .execute()
       * ```
       *
       * The generated SQL (MySQL):
       *
       * ```sql
       * create table `person` (
       *   `first_name` varchar(255) not null
       * )
       * ```
       */
      notNull() {
        return new _ColumnDefinitionBuilder(ColumnDefinitionNode.cloneWith(this.#node, { notNull: true }));
      }
      /**
       * Adds a `unsigned` modifier for the column.
       *
       * This only works on some dialects like MySQL.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *   .createTable('person')
       *   .addColumn('age', 'integer', col => col.unsigned())
       *   .execute()
       * ```
       *
       * The generated SQL (MySQL):
       *
       * ```sql
       * create table `person` (
       *   `age` integer unsigned
       * )
       * ```
       */
      unsigned() {
        return new _ColumnDefinitionBuilder(ColumnDefinitionNode.cloneWith(this.#node, { unsigned: true }));
      }
      /**
       * Adds a default value constraint for the column.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *   .createTable('pet')
       *   .addColumn('number_of_legs', 'integer', (col) => col.defaultTo(4))
       *   .execute()
       * ```
       *
       * The generated SQL (MySQL):
       *
       * ```sql
       * create table `pet` (
       *   `number_of_legs` integer default 4
       * )
       * ```
       *
       * Values passed to `defaultTo` are interpreted as value literals by default. You can define
       * an arbitrary SQL expression using the {@link sql} template tag:
       *
       * ```ts
       * import { sql } from 'kysely'
       *
       * await db.schema
       *   .createTable('pet')
       *   .addColumn(
       *     'created_at',
       *     'timestamp',
       *     (col) => col.defaultTo(sql`CURRENT_TIMESTAMP`)
       *   )
       *   .execute()
       * ```
       *
       * The generated SQL (MySQL):
       *
       * ```sql
       * create table `pet` (
       *   `created_at` timestamp default CURRENT_TIMESTAMP
       * )
       * ```
       */
      defaultTo(value) {
        return new _ColumnDefinitionBuilder(ColumnDefinitionNode.cloneWith(this.#node, {
          defaultTo: DefaultValueNode.create(parseDefaultValueExpression(value))
        }));
      }
      /**
       * Adds a check constraint for the column.
       *
       * ### Examples
       *
       * ```ts
       * import { sql } from 'kysely'
       *
       * await db.schema
       *   .createTable('pet')
       *   .addColumn('number_of_legs', 'integer', (col) =>
       *     col.check(sql`number_of_legs < 5`)
       *   )
       *   .execute()
       * ```
       *
       * The generated SQL (MySQL):
       *
       * ```sql
       * create table `pet` (
       *   `number_of_legs` integer check (number_of_legs < 5)
       * )
       * ```
       */
      check(expression) {
        return new _ColumnDefinitionBuilder(ColumnDefinitionNode.cloneWith(this.#node, {
          check: CheckConstraintNode.create(expression.toOperationNode())
        }));
      }
      /**
       * Makes the column a generated column using a `generated always as` statement.
       *
       * ### Examples
       *
       * ```ts
       * import { sql } from 'kysely'
       *
       * await db.schema
       *   .createTable('person')
       *   .addColumn('full_name', 'varchar(255)',
       *     (col) => col.generatedAlwaysAs(sql`concat(first_name, ' ', last_name)`)
       *   )
       *   .execute()
       * ```
       *
       * The generated SQL (MySQL):
       *
       * ```sql
       * create table `person` (
       *   `full_name` varchar(255) generated always as (concat(first_name, ' ', last_name))
       * )
       * ```
       */
      generatedAlwaysAs(expression) {
        return new _ColumnDefinitionBuilder(ColumnDefinitionNode.cloneWith(this.#node, {
          generated: GeneratedNode.createWithExpression(expression.toOperationNode())
        }));
      }
      /**
       * Adds the `generated always as identity` specifier.
       *
       * This only works on some dialects like PostgreSQL.
       *
       * For MS SQL Server (MSSQL)'s identity column use {@link identity}.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *   .createTable('person')
       *   .addColumn('id', 'integer', col => col.generatedAlwaysAsIdentity().primaryKey())
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * create table "person" (
       *   "id" integer generated always as identity primary key
       * )
       * ```
       */
      generatedAlwaysAsIdentity() {
        return new _ColumnDefinitionBuilder(ColumnDefinitionNode.cloneWith(this.#node, {
          generated: GeneratedNode.create({ identity: true, always: true })
        }));
      }
      /**
       * Adds the `generated by default as identity` specifier on supported dialects.
       *
       * This only works on some dialects like PostgreSQL.
       *
       * For MS SQL Server (MSSQL)'s identity column use {@link identity}.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *   .createTable('person')
       *   .addColumn('id', 'integer', col => col.generatedByDefaultAsIdentity().primaryKey())
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * create table "person" (
       *   "id" integer generated by default as identity primary key
       * )
       * ```
       */
      generatedByDefaultAsIdentity() {
        return new _ColumnDefinitionBuilder(ColumnDefinitionNode.cloneWith(this.#node, {
          generated: GeneratedNode.create({ identity: true, byDefault: true })
        }));
      }
      /**
       * Makes a generated column stored instead of virtual. This method can only
       * be used with {@link generatedAlwaysAs}
       *
       * ### Examples
       *
       * ```ts
       * import { sql } from 'kysely'
       *
       * await db.schema
       *   .createTable('person')
       *   .addColumn('full_name', 'varchar(255)', (col) => col
       *     .generatedAlwaysAs(sql`concat(first_name, ' ', last_name)`)
       *     .stored()
       *   )
       *   .execute()
       * ```
       *
       * The generated SQL (MySQL):
       *
       * ```sql
       * create table `person` (
       *   `full_name` varchar(255) generated always as (concat(first_name, ' ', last_name)) stored
       * )
       * ```
       */
      stored() {
        if (!this.#node.generated) {
          throw new Error("stored() can only be called after generatedAlwaysAs");
        }
        return new _ColumnDefinitionBuilder(ColumnDefinitionNode.cloneWith(this.#node, {
          generated: GeneratedNode.cloneWith(this.#node.generated, {
            stored: true
          })
        }));
      }
      /**
       * This can be used to add any additional SQL right after the column's data type.
       *
       * ### Examples
       *
       * ```ts
       * import { sql } from 'kysely'
       *
       * await db.schema
       *   .createTable('person')
       *   .addColumn('id', 'integer', col => col.primaryKey())
       *   .addColumn(
       *     'first_name',
       *     'varchar(36)',
       *     (col) => col.modifyFront(sql`collate utf8mb4_general_ci`).notNull()
       *   )
       *   .execute()
       * ```
       *
       * The generated SQL (MySQL):
       *
       * ```sql
       * create table `person` (
       *   `id` integer primary key,
       *   `first_name` varchar(36) collate utf8mb4_general_ci not null
       * )
       * ```
       */
      modifyFront(modifier) {
        return new _ColumnDefinitionBuilder(ColumnDefinitionNode.cloneWithFrontModifier(this.#node, modifier.toOperationNode()));
      }
      /**
       * Adds `nulls not distinct` specifier.
       * Should be used with `unique` constraint.
       *
       * This only works on some dialects like PostgreSQL.
       *
       * ### Examples
       *
       * ```ts
       * db.schema
       *   .createTable('person')
       *   .addColumn('id', 'integer', col => col.primaryKey())
       *   .addColumn('first_name', 'varchar(30)', col => col.unique().nullsNotDistinct())
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * create table "person" (
       *   "id" integer primary key,
       *   "first_name" varchar(30) unique nulls not distinct
       * )
       * ```
       */
      nullsNotDistinct() {
        return new _ColumnDefinitionBuilder(ColumnDefinitionNode.cloneWith(this.#node, { nullsNotDistinct: true }));
      }
      /**
       * Adds `if not exists` specifier. This only works for PostgreSQL.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *   .alterTable('person')
       *   .addColumn('email', 'varchar(255)', col => col.unique().ifNotExists())
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * alter table "person" add column if not exists "email" varchar(255) unique
       * ```
       */
      ifNotExists() {
        return new _ColumnDefinitionBuilder(ColumnDefinitionNode.cloneWith(this.#node, { ifNotExists: true }));
      }
      /**
       * This can be used to add any additional SQL to the end of the column definition.
       *
       * ### Examples
       *
       * ```ts
       * import { sql } from 'kysely'
       *
       * await db.schema
       *   .createTable('person')
       *   .addColumn('id', 'integer', col => col.primaryKey())
       *   .addColumn(
       *     'age',
       *     'integer',
       *     col => col.unsigned()
       *       .notNull()
       *       .modifyEnd(sql`comment ${sql.lit('it is not polite to ask a woman her age')}`)
       *   )
       *   .execute()
       * ```
       *
       * The generated SQL (MySQL):
       *
       * ```sql
       * create table `person` (
       *   `id` integer primary key,
       *   `age` integer unsigned not null comment 'it is not polite to ask a woman her age'
       * )
       * ```
       */
      modifyEnd(modifier) {
        return new _ColumnDefinitionBuilder(ColumnDefinitionNode.cloneWithEndModifier(this.#node, modifier.toOperationNode()));
      }
      /**
       * Simply calls the provided function passing `this` as the only argument. `$call` returns
       * what the provided function returns.
       */
      $call(func) {
        return func(this);
      }
      toOperationNode() {
        return this.#node;
      }
    };
  }
});

// node_modules/kysely/dist/esm/operation-node/modify-column-node.js
var ModifyColumnNode;
var init_modify_column_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/modify-column-node.js"() {
    init_object_utils();
    ModifyColumnNode = freeze({
      is(node) {
        return node.kind === "ModifyColumnNode";
      },
      create(column) {
        return freeze({
          kind: "ModifyColumnNode",
          column
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/foreign-key-constraint-node.js
var ForeignKeyConstraintNode;
var init_foreign_key_constraint_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/foreign-key-constraint-node.js"() {
    init_object_utils();
    init_identifier_node();
    init_references_node();
    ForeignKeyConstraintNode = freeze({
      is(node) {
        return node.kind === "ForeignKeyConstraintNode";
      },
      create(sourceColumns, targetTable, targetColumns, constraintName) {
        return freeze({
          kind: "ForeignKeyConstraintNode",
          columns: sourceColumns,
          references: ReferencesNode.create(targetTable, targetColumns),
          name: constraintName ? IdentifierNode.create(constraintName) : void 0
        });
      },
      cloneWith(node, props) {
        return freeze({
          ...node,
          ...props
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/schema/foreign-key-constraint-builder.js
var ForeignKeyConstraintBuilder;
var init_foreign_key_constraint_builder = __esm({
  "node_modules/kysely/dist/esm/schema/foreign-key-constraint-builder.js"() {
    init_foreign_key_constraint_node();
    init_on_modify_action_parser();
    ForeignKeyConstraintBuilder = class _ForeignKeyConstraintBuilder {
      #node;
      constructor(node) {
        this.#node = node;
      }
      onDelete(onDelete) {
        return new _ForeignKeyConstraintBuilder(ForeignKeyConstraintNode.cloneWith(this.#node, {
          onDelete: parseOnModifyForeignAction(onDelete)
        }));
      }
      onUpdate(onUpdate) {
        return new _ForeignKeyConstraintBuilder(ForeignKeyConstraintNode.cloneWith(this.#node, {
          onUpdate: parseOnModifyForeignAction(onUpdate)
        }));
      }
      deferrable() {
        return new _ForeignKeyConstraintBuilder(ForeignKeyConstraintNode.cloneWith(this.#node, { deferrable: true }));
      }
      notDeferrable() {
        return new _ForeignKeyConstraintBuilder(ForeignKeyConstraintNode.cloneWith(this.#node, { deferrable: false }));
      }
      initiallyDeferred() {
        return new _ForeignKeyConstraintBuilder(ForeignKeyConstraintNode.cloneWith(this.#node, {
          initiallyDeferred: true
        }));
      }
      initiallyImmediate() {
        return new _ForeignKeyConstraintBuilder(ForeignKeyConstraintNode.cloneWith(this.#node, {
          initiallyDeferred: false
        }));
      }
      /**
       * Simply calls the provided function passing `this` as the only argument. `$call` returns
       * what the provided function returns.
       */
      $call(func) {
        return func(this);
      }
      toOperationNode() {
        return this.#node;
      }
    };
  }
});

// node_modules/kysely/dist/esm/operation-node/add-constraint-node.js
var AddConstraintNode;
var init_add_constraint_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/add-constraint-node.js"() {
    init_object_utils();
    AddConstraintNode = freeze({
      is(node) {
        return node.kind === "AddConstraintNode";
      },
      create(constraint) {
        return freeze({
          kind: "AddConstraintNode",
          constraint
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/unique-constraint-node.js
var UniqueConstraintNode;
var init_unique_constraint_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/unique-constraint-node.js"() {
    init_object_utils();
    init_column_node();
    init_identifier_node();
    UniqueConstraintNode = freeze({
      is(node) {
        return node.kind === "UniqueConstraintNode";
      },
      create(columns, constraintName, nullsNotDistinct) {
        return freeze({
          kind: "UniqueConstraintNode",
          columns: freeze(columns.map(ColumnNode.create)),
          name: constraintName ? IdentifierNode.create(constraintName) : void 0,
          nullsNotDistinct
        });
      },
      cloneWith(node, props) {
        return freeze({
          ...node,
          ...props
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/drop-constraint-node.js
var DropConstraintNode;
var init_drop_constraint_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/drop-constraint-node.js"() {
    init_object_utils();
    init_identifier_node();
    DropConstraintNode = freeze({
      is(node) {
        return node.kind === "DropConstraintNode";
      },
      create(constraintName) {
        return freeze({
          kind: "DropConstraintNode",
          constraintName: IdentifierNode.create(constraintName)
        });
      },
      cloneWith(dropConstraint, props) {
        return freeze({
          ...dropConstraint,
          ...props
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/alter-column-node.js
var AlterColumnNode;
var init_alter_column_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/alter-column-node.js"() {
    init_object_utils();
    init_column_node();
    AlterColumnNode = freeze({
      is(node) {
        return node.kind === "AlterColumnNode";
      },
      create(column, prop, value) {
        return freeze({
          kind: "AlterColumnNode",
          column: ColumnNode.create(column),
          [prop]: value
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/schema/alter-column-builder.js
var AlterColumnBuilder, AlteredColumnBuilder;
var init_alter_column_builder = __esm({
  "node_modules/kysely/dist/esm/schema/alter-column-builder.js"() {
    init_alter_column_node();
    init_data_type_parser();
    init_default_value_parser();
    AlterColumnBuilder = class {
      #column;
      constructor(column) {
        this.#column = column;
      }
      setDataType(dataType) {
        return new AlteredColumnBuilder(AlterColumnNode.create(this.#column, "dataType", parseDataTypeExpression(dataType)));
      }
      setDefault(value) {
        return new AlteredColumnBuilder(AlterColumnNode.create(this.#column, "setDefault", parseDefaultValueExpression(value)));
      }
      dropDefault() {
        return new AlteredColumnBuilder(AlterColumnNode.create(this.#column, "dropDefault", true));
      }
      setNotNull() {
        return new AlteredColumnBuilder(AlterColumnNode.create(this.#column, "setNotNull", true));
      }
      dropNotNull() {
        return new AlteredColumnBuilder(AlterColumnNode.create(this.#column, "dropNotNull", true));
      }
      /**
       * Simply calls the provided function passing `this` as the only argument. `$call` returns
       * what the provided function returns.
       */
      $call(func) {
        return func(this);
      }
    };
    AlteredColumnBuilder = class {
      #alterColumnNode;
      constructor(alterColumnNode) {
        this.#alterColumnNode = alterColumnNode;
      }
      toOperationNode() {
        return this.#alterColumnNode;
      }
    };
  }
});

// node_modules/kysely/dist/esm/schema/alter-table-executor.js
var AlterTableExecutor;
var init_alter_table_executor = __esm({
  "node_modules/kysely/dist/esm/schema/alter-table-executor.js"() {
    init_object_utils();
    AlterTableExecutor = class {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      toOperationNode() {
        return this.#props.executor.transformQuery(this.#props.node, this.#props.queryId);
      }
      compile() {
        return this.#props.executor.compileQuery(this.toOperationNode(), this.#props.queryId);
      }
      async execute() {
        await this.#props.executor.executeQuery(this.compile());
      }
    };
  }
});

// node_modules/kysely/dist/esm/schema/alter-table-add-foreign-key-constraint-builder.js
var AlterTableAddForeignKeyConstraintBuilder;
var init_alter_table_add_foreign_key_constraint_builder = __esm({
  "node_modules/kysely/dist/esm/schema/alter-table-add-foreign-key-constraint-builder.js"() {
    init_add_constraint_node();
    init_alter_table_node();
    init_object_utils();
    AlterTableAddForeignKeyConstraintBuilder = class _AlterTableAddForeignKeyConstraintBuilder {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      onDelete(onDelete) {
        return new _AlterTableAddForeignKeyConstraintBuilder({
          ...this.#props,
          constraintBuilder: this.#props.constraintBuilder.onDelete(onDelete)
        });
      }
      onUpdate(onUpdate) {
        return new _AlterTableAddForeignKeyConstraintBuilder({
          ...this.#props,
          constraintBuilder: this.#props.constraintBuilder.onUpdate(onUpdate)
        });
      }
      deferrable() {
        return new _AlterTableAddForeignKeyConstraintBuilder({
          ...this.#props,
          constraintBuilder: this.#props.constraintBuilder.deferrable()
        });
      }
      notDeferrable() {
        return new _AlterTableAddForeignKeyConstraintBuilder({
          ...this.#props,
          constraintBuilder: this.#props.constraintBuilder.notDeferrable()
        });
      }
      initiallyDeferred() {
        return new _AlterTableAddForeignKeyConstraintBuilder({
          ...this.#props,
          constraintBuilder: this.#props.constraintBuilder.initiallyDeferred()
        });
      }
      initiallyImmediate() {
        return new _AlterTableAddForeignKeyConstraintBuilder({
          ...this.#props,
          constraintBuilder: this.#props.constraintBuilder.initiallyImmediate()
        });
      }
      /**
       * Simply calls the provided function passing `this` as the only argument. `$call` returns
       * what the provided function returns.
       */
      $call(func) {
        return func(this);
      }
      toOperationNode() {
        return this.#props.executor.transformQuery(AlterTableNode.cloneWithTableProps(this.#props.node, {
          addConstraint: AddConstraintNode.create(this.#props.constraintBuilder.toOperationNode())
        }), this.#props.queryId);
      }
      compile() {
        return this.#props.executor.compileQuery(this.toOperationNode(), this.#props.queryId);
      }
      async execute() {
        await this.#props.executor.executeQuery(this.compile());
      }
    };
  }
});

// node_modules/kysely/dist/esm/schema/alter-table-drop-constraint-builder.js
var AlterTableDropConstraintBuilder;
var init_alter_table_drop_constraint_builder = __esm({
  "node_modules/kysely/dist/esm/schema/alter-table-drop-constraint-builder.js"() {
    init_alter_table_node();
    init_drop_constraint_node();
    init_object_utils();
    AlterTableDropConstraintBuilder = class _AlterTableDropConstraintBuilder {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      ifExists() {
        return new _AlterTableDropConstraintBuilder({
          ...this.#props,
          node: AlterTableNode.cloneWithTableProps(this.#props.node, {
            dropConstraint: DropConstraintNode.cloneWith(this.#props.node.dropConstraint, {
              ifExists: true
            })
          })
        });
      }
      cascade() {
        return new _AlterTableDropConstraintBuilder({
          ...this.#props,
          node: AlterTableNode.cloneWithTableProps(this.#props.node, {
            dropConstraint: DropConstraintNode.cloneWith(this.#props.node.dropConstraint, {
              modifier: "cascade"
            })
          })
        });
      }
      restrict() {
        return new _AlterTableDropConstraintBuilder({
          ...this.#props,
          node: AlterTableNode.cloneWithTableProps(this.#props.node, {
            dropConstraint: DropConstraintNode.cloneWith(this.#props.node.dropConstraint, {
              modifier: "restrict"
            })
          })
        });
      }
      /**
       * Simply calls the provided function passing `this` as the only argument. `$call` returns
       * what the provided function returns.
       */
      $call(func) {
        return func(this);
      }
      toOperationNode() {
        return this.#props.executor.transformQuery(this.#props.node, this.#props.queryId);
      }
      compile() {
        return this.#props.executor.compileQuery(this.toOperationNode(), this.#props.queryId);
      }
      async execute() {
        await this.#props.executor.executeQuery(this.compile());
      }
    };
  }
});

// node_modules/kysely/dist/esm/operation-node/primary-key-constraint-node.js
var PrimaryKeyConstraintNode;
var init_primary_key_constraint_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/primary-key-constraint-node.js"() {
    init_object_utils();
    init_column_node();
    init_identifier_node();
    PrimaryKeyConstraintNode = freeze({
      is(node) {
        return node.kind === "PrimaryKeyConstraintNode";
      },
      create(columns, constraintName) {
        return freeze({
          kind: "PrimaryKeyConstraintNode",
          columns: freeze(columns.map(ColumnNode.create)),
          name: constraintName ? IdentifierNode.create(constraintName) : void 0
        });
      },
      cloneWith(node, props) {
        return freeze({ ...node, ...props });
      }
    });
  }
});

// node_modules/kysely/dist/esm/operation-node/add-index-node.js
var AddIndexNode;
var init_add_index_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/add-index-node.js"() {
    init_object_utils();
    init_identifier_node();
    AddIndexNode = freeze({
      is(node) {
        return node.kind === "AddIndexNode";
      },
      create(name) {
        return freeze({
          kind: "AddIndexNode",
          name: IdentifierNode.create(name)
        });
      },
      cloneWith(node, props) {
        return freeze({
          ...node,
          ...props
        });
      },
      cloneWithColumns(node, columns) {
        return freeze({
          ...node,
          columns: [...node.columns || [], ...columns]
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/schema/alter-table-add-index-builder.js
var AlterTableAddIndexBuilder;
var init_alter_table_add_index_builder = __esm({
  "node_modules/kysely/dist/esm/schema/alter-table-add-index-builder.js"() {
    init_add_index_node();
    init_alter_table_node();
    init_raw_node();
    init_reference_parser();
    init_object_utils();
    AlterTableAddIndexBuilder = class _AlterTableAddIndexBuilder {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      /**
       * Makes the index unique.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *   .alterTable('person')
       *   .addIndex('person_first_name_index')
       *   .unique()
       *   .column('email')
       *   .execute()
       * ```
       *
       * The generated SQL (MySQL):
       *
       * ```sql
       * alter table `person` add unique index `person_first_name_index` (`email`)
       * ```
       */
      unique() {
        return new _AlterTableAddIndexBuilder({
          ...this.#props,
          node: AlterTableNode.cloneWithTableProps(this.#props.node, {
            addIndex: AddIndexNode.cloneWith(this.#props.node.addIndex, {
              unique: true
            })
          })
        });
      }
      /**
       * Adds a column to the index.
       *
       * Also see {@link columns} for adding multiple columns at once or {@link expression}
       * for specifying an arbitrary expression.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *   .alterTable('person')
       *   .addIndex('person_first_name_and_age_index')
       *   .column('first_name')
       *   .column('age desc')
       *   .execute()
       * ```
       *
       * The generated SQL (MySQL):
       *
       * ```sql
       * alter table `person` add index `person_first_name_and_age_index` (`first_name`, `age` desc)
       * ```
       */
      column(column) {
        return new _AlterTableAddIndexBuilder({
          ...this.#props,
          node: AlterTableNode.cloneWithTableProps(this.#props.node, {
            addIndex: AddIndexNode.cloneWithColumns(this.#props.node.addIndex, [
              parseOrderedColumnName(column)
            ])
          })
        });
      }
      /**
       * Specifies a list of columns for the index.
       *
       * Also see {@link column} for adding a single column or {@link expression} for
       * specifying an arbitrary expression.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *   .alterTable('person')
       *   .addIndex('person_first_name_and_age_index')
       *   .columns(['first_name', 'age desc'])
       *   .execute()
       * ```
       *
       * The generated SQL (MySQL):
       *
       * ```sql
       * alter table `person` add index `person_first_name_and_age_index` (`first_name`, `age` desc)
       * ```
       */
      columns(columns) {
        return new _AlterTableAddIndexBuilder({
          ...this.#props,
          node: AlterTableNode.cloneWithTableProps(this.#props.node, {
            addIndex: AddIndexNode.cloneWithColumns(this.#props.node.addIndex, columns.map(parseOrderedColumnName))
          })
        });
      }
      /**
       * Specifies an arbitrary expression for the index.
       *
       * ### Examples
       *
       * ```ts
       * import { sql } from 'kysely'
       *
       * await db.schema
       *   .alterTable('person')
       *   .addIndex('person_first_name_index')
       *   .expression(sql<boolean>`(first_name < 'Sami')`)
       *   .execute()
       * ```
       *
       * The generated SQL (MySQL):
       *
       * ```sql
       * alter table `person` add index `person_first_name_index` ((first_name < 'Sami'))
       * ```
       */
      expression(expression) {
        return new _AlterTableAddIndexBuilder({
          ...this.#props,
          node: AlterTableNode.cloneWithTableProps(this.#props.node, {
            addIndex: AddIndexNode.cloneWithColumns(this.#props.node.addIndex, [
              expression.toOperationNode()
            ])
          })
        });
      }
      using(indexType) {
        return new _AlterTableAddIndexBuilder({
          ...this.#props,
          node: AlterTableNode.cloneWithTableProps(this.#props.node, {
            addIndex: AddIndexNode.cloneWith(this.#props.node.addIndex, {
              using: RawNode.createWithSql(indexType)
            })
          })
        });
      }
      /**
       * Simply calls the provided function passing `this` as the only argument. `$call` returns
       * what the provided function returns.
       */
      $call(func) {
        return func(this);
      }
      toOperationNode() {
        return this.#props.executor.transformQuery(this.#props.node, this.#props.queryId);
      }
      compile() {
        return this.#props.executor.compileQuery(this.toOperationNode(), this.#props.queryId);
      }
      async execute() {
        await this.#props.executor.executeQuery(this.compile());
      }
    };
  }
});

// node_modules/kysely/dist/esm/schema/unique-constraint-builder.js
var UniqueConstraintNodeBuilder;
var init_unique_constraint_builder = __esm({
  "node_modules/kysely/dist/esm/schema/unique-constraint-builder.js"() {
    init_unique_constraint_node();
    UniqueConstraintNodeBuilder = class _UniqueConstraintNodeBuilder {
      #node;
      constructor(node) {
        this.#node = node;
      }
      /**
       * Adds `nulls not distinct` to the unique constraint definition
       *
       * Supported by PostgreSQL dialect only
       */
      nullsNotDistinct() {
        return new _UniqueConstraintNodeBuilder(UniqueConstraintNode.cloneWith(this.#node, { nullsNotDistinct: true }));
      }
      deferrable() {
        return new _UniqueConstraintNodeBuilder(UniqueConstraintNode.cloneWith(this.#node, { deferrable: true }));
      }
      notDeferrable() {
        return new _UniqueConstraintNodeBuilder(UniqueConstraintNode.cloneWith(this.#node, { deferrable: false }));
      }
      initiallyDeferred() {
        return new _UniqueConstraintNodeBuilder(UniqueConstraintNode.cloneWith(this.#node, {
          initiallyDeferred: true
        }));
      }
      initiallyImmediate() {
        return new _UniqueConstraintNodeBuilder(UniqueConstraintNode.cloneWith(this.#node, {
          initiallyDeferred: false
        }));
      }
      /**
       * Simply calls the provided function passing `this` as the only argument. `$call` returns
       * what the provided function returns.
       */
      $call(func) {
        return func(this);
      }
      toOperationNode() {
        return this.#node;
      }
    };
  }
});

// node_modules/kysely/dist/esm/schema/primary-key-constraint-builder.js
var PrimaryKeyConstraintBuilder;
var init_primary_key_constraint_builder = __esm({
  "node_modules/kysely/dist/esm/schema/primary-key-constraint-builder.js"() {
    init_primary_key_constraint_node();
    PrimaryKeyConstraintBuilder = class _PrimaryKeyConstraintBuilder {
      #node;
      constructor(node) {
        this.#node = node;
      }
      deferrable() {
        return new _PrimaryKeyConstraintBuilder(PrimaryKeyConstraintNode.cloneWith(this.#node, { deferrable: true }));
      }
      notDeferrable() {
        return new _PrimaryKeyConstraintBuilder(PrimaryKeyConstraintNode.cloneWith(this.#node, { deferrable: false }));
      }
      initiallyDeferred() {
        return new _PrimaryKeyConstraintBuilder(PrimaryKeyConstraintNode.cloneWith(this.#node, {
          initiallyDeferred: true
        }));
      }
      initiallyImmediate() {
        return new _PrimaryKeyConstraintBuilder(PrimaryKeyConstraintNode.cloneWith(this.#node, {
          initiallyDeferred: false
        }));
      }
      /**
       * Simply calls the provided function passing `this` as the only argument. `$call` returns
       * what the provided function returns.
       */
      $call(func) {
        return func(this);
      }
      toOperationNode() {
        return this.#node;
      }
    };
  }
});

// node_modules/kysely/dist/esm/schema/check-constraint-builder.js
var CheckConstraintBuilder;
var init_check_constraint_builder = __esm({
  "node_modules/kysely/dist/esm/schema/check-constraint-builder.js"() {
    CheckConstraintBuilder = class {
      #node;
      constructor(node) {
        this.#node = node;
      }
      /**
       * Simply calls the provided function passing `this` as the only argument. `$call` returns
       * what the provided function returns.
       */
      $call(func) {
        return func(this);
      }
      toOperationNode() {
        return this.#node;
      }
    };
  }
});

// node_modules/kysely/dist/esm/operation-node/rename-constraint-node.js
var RenameConstraintNode;
var init_rename_constraint_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/rename-constraint-node.js"() {
    init_object_utils();
    init_identifier_node();
    RenameConstraintNode = freeze({
      is(node) {
        return node.kind === "RenameConstraintNode";
      },
      create(oldName, newName) {
        return freeze({
          kind: "RenameConstraintNode",
          oldName: IdentifierNode.create(oldName),
          newName: IdentifierNode.create(newName)
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/schema/alter-table-builder.js
var AlterTableBuilder, AlterTableColumnAlteringBuilder;
var init_alter_table_builder = __esm({
  "node_modules/kysely/dist/esm/schema/alter-table-builder.js"() {
    init_add_column_node();
    init_alter_table_node();
    init_column_definition_node();
    init_drop_column_node();
    init_identifier_node();
    init_rename_column_node();
    init_object_utils();
    init_column_definition_builder();
    init_modify_column_node();
    init_data_type_parser();
    init_foreign_key_constraint_builder();
    init_add_constraint_node();
    init_unique_constraint_node();
    init_check_constraint_node();
    init_foreign_key_constraint_node();
    init_column_node();
    init_table_parser();
    init_drop_constraint_node();
    init_alter_column_builder();
    init_alter_table_executor();
    init_alter_table_add_foreign_key_constraint_builder();
    init_alter_table_drop_constraint_builder();
    init_primary_key_constraint_node();
    init_drop_index_node();
    init_add_index_node();
    init_alter_table_add_index_builder();
    init_unique_constraint_builder();
    init_primary_key_constraint_builder();
    init_check_constraint_builder();
    init_rename_constraint_node();
    AlterTableBuilder = class {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      renameTo(newTableName) {
        return new AlterTableExecutor({
          ...this.#props,
          node: AlterTableNode.cloneWithTableProps(this.#props.node, {
            renameTo: parseTable(newTableName)
          })
        });
      }
      setSchema(newSchema) {
        return new AlterTableExecutor({
          ...this.#props,
          node: AlterTableNode.cloneWithTableProps(this.#props.node, {
            setSchema: IdentifierNode.create(newSchema)
          })
        });
      }
      alterColumn(column, alteration) {
        const builder = alteration(new AlterColumnBuilder(column));
        return new AlterTableColumnAlteringBuilder({
          ...this.#props,
          node: AlterTableNode.cloneWithColumnAlteration(this.#props.node, builder.toOperationNode())
        });
      }
      dropColumn(column) {
        return new AlterTableColumnAlteringBuilder({
          ...this.#props,
          node: AlterTableNode.cloneWithColumnAlteration(this.#props.node, DropColumnNode.create(column))
        });
      }
      renameColumn(column, newColumn) {
        return new AlterTableColumnAlteringBuilder({
          ...this.#props,
          node: AlterTableNode.cloneWithColumnAlteration(this.#props.node, RenameColumnNode.create(column, newColumn))
        });
      }
      addColumn(columnName, dataType, build = noop) {
        const builder = build(new ColumnDefinitionBuilder(ColumnDefinitionNode.create(columnName, parseDataTypeExpression(dataType))));
        return new AlterTableColumnAlteringBuilder({
          ...this.#props,
          node: AlterTableNode.cloneWithColumnAlteration(this.#props.node, AddColumnNode.create(builder.toOperationNode()))
        });
      }
      modifyColumn(columnName, dataType, build = noop) {
        const builder = build(new ColumnDefinitionBuilder(ColumnDefinitionNode.create(columnName, parseDataTypeExpression(dataType))));
        return new AlterTableColumnAlteringBuilder({
          ...this.#props,
          node: AlterTableNode.cloneWithColumnAlteration(this.#props.node, ModifyColumnNode.create(builder.toOperationNode()))
        });
      }
      /**
       * See {@link CreateTableBuilder.addUniqueConstraint}
       */
      addUniqueConstraint(constraintName, columns, build = noop) {
        const uniqueConstraintBuilder = build(new UniqueConstraintNodeBuilder(UniqueConstraintNode.create(columns, constraintName)));
        return new AlterTableExecutor({
          ...this.#props,
          node: AlterTableNode.cloneWithTableProps(this.#props.node, {
            addConstraint: AddConstraintNode.create(uniqueConstraintBuilder.toOperationNode())
          })
        });
      }
      /**
       * See {@link CreateTableBuilder.addCheckConstraint}
       */
      addCheckConstraint(constraintName, checkExpression, build = noop) {
        const constraintBuilder = build(new CheckConstraintBuilder(CheckConstraintNode.create(checkExpression.toOperationNode(), constraintName)));
        return new AlterTableExecutor({
          ...this.#props,
          node: AlterTableNode.cloneWithTableProps(this.#props.node, {
            addConstraint: AddConstraintNode.create(constraintBuilder.toOperationNode())
          })
        });
      }
      /**
       * See {@link CreateTableBuilder.addForeignKeyConstraint}
       *
       * Unlike {@link CreateTableBuilder.addForeignKeyConstraint} this method returns
       * the constraint builder and doesn't take a callback as the last argument. This
       * is because you can only add one column per `ALTER TABLE` query.
       */
      addForeignKeyConstraint(constraintName, columns, targetTable, targetColumns, build = noop) {
        const constraintBuilder = build(new ForeignKeyConstraintBuilder(ForeignKeyConstraintNode.create(columns.map(ColumnNode.create), parseTable(targetTable), targetColumns.map(ColumnNode.create), constraintName)));
        return new AlterTableAddForeignKeyConstraintBuilder({
          ...this.#props,
          constraintBuilder
        });
      }
      /**
       * See {@link CreateTableBuilder.addPrimaryKeyConstraint}
       */
      addPrimaryKeyConstraint(constraintName, columns, build = noop) {
        const constraintBuilder = build(new PrimaryKeyConstraintBuilder(PrimaryKeyConstraintNode.create(columns, constraintName)));
        return new AlterTableExecutor({
          ...this.#props,
          node: AlterTableNode.cloneWithTableProps(this.#props.node, {
            addConstraint: AddConstraintNode.create(constraintBuilder.toOperationNode())
          })
        });
      }
      dropConstraint(constraintName) {
        return new AlterTableDropConstraintBuilder({
          ...this.#props,
          node: AlterTableNode.cloneWithTableProps(this.#props.node, {
            dropConstraint: DropConstraintNode.create(constraintName)
          })
        });
      }
      renameConstraint(oldName, newName) {
        return new AlterTableDropConstraintBuilder({
          ...this.#props,
          node: AlterTableNode.cloneWithTableProps(this.#props.node, {
            renameConstraint: RenameConstraintNode.create(oldName, newName)
          })
        });
      }
      /**
       * This can be used to add index to table.
       *
       *  ### Examples
       *
       * ```ts
       * db.schema.alterTable('person')
       *   .addIndex('person_email_index')
       *   .column('email')
       *   .unique()
       *   .execute()
       * ```
       *
       * The generated SQL (MySQL):
       *
       * ```sql
       * alter table `person` add unique index `person_email_index` (`email`)
       * ```
       */
      addIndex(indexName) {
        return new AlterTableAddIndexBuilder({
          ...this.#props,
          node: AlterTableNode.cloneWithTableProps(this.#props.node, {
            addIndex: AddIndexNode.create(indexName)
          })
        });
      }
      /**
       * This can be used to drop index from table.
       *
       * ### Examples
       *
       * ```ts
       * db.schema.alterTable('person')
       *   .dropIndex('person_email_index')
       *   .execute()
       * ```
       *
       * The generated SQL (MySQL):
       *
       * ```sql
       * alter table `person` drop index `test_first_name_index`
       * ```
       */
      dropIndex(indexName) {
        return new AlterTableExecutor({
          ...this.#props,
          node: AlterTableNode.cloneWithTableProps(this.#props.node, {
            dropIndex: DropIndexNode.create(indexName)
          })
        });
      }
      /**
       * Calls the given function passing `this` as the only argument.
       *
       * See {@link CreateTableBuilder.$call}
       */
      $call(func) {
        return func(this);
      }
    };
    AlterTableColumnAlteringBuilder = class _AlterTableColumnAlteringBuilder {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      alterColumn(column, alteration) {
        const builder = alteration(new AlterColumnBuilder(column));
        return new _AlterTableColumnAlteringBuilder({
          ...this.#props,
          node: AlterTableNode.cloneWithColumnAlteration(this.#props.node, builder.toOperationNode())
        });
      }
      dropColumn(column) {
        return new _AlterTableColumnAlteringBuilder({
          ...this.#props,
          node: AlterTableNode.cloneWithColumnAlteration(this.#props.node, DropColumnNode.create(column))
        });
      }
      renameColumn(column, newColumn) {
        return new _AlterTableColumnAlteringBuilder({
          ...this.#props,
          node: AlterTableNode.cloneWithColumnAlteration(this.#props.node, RenameColumnNode.create(column, newColumn))
        });
      }
      addColumn(columnName, dataType, build = noop) {
        const builder = build(new ColumnDefinitionBuilder(ColumnDefinitionNode.create(columnName, parseDataTypeExpression(dataType))));
        return new _AlterTableColumnAlteringBuilder({
          ...this.#props,
          node: AlterTableNode.cloneWithColumnAlteration(this.#props.node, AddColumnNode.create(builder.toOperationNode()))
        });
      }
      modifyColumn(columnName, dataType, build = noop) {
        const builder = build(new ColumnDefinitionBuilder(ColumnDefinitionNode.create(columnName, parseDataTypeExpression(dataType))));
        return new _AlterTableColumnAlteringBuilder({
          ...this.#props,
          node: AlterTableNode.cloneWithColumnAlteration(this.#props.node, ModifyColumnNode.create(builder.toOperationNode()))
        });
      }
      toOperationNode() {
        return this.#props.executor.transformQuery(this.#props.node, this.#props.queryId);
      }
      compile() {
        return this.#props.executor.compileQuery(this.toOperationNode(), this.#props.queryId);
      }
      async execute() {
        await this.#props.executor.executeQuery(this.compile());
      }
    };
  }
});

// node_modules/kysely/dist/esm/plugin/immediate-value/immediate-value-transformer.js
var ImmediateValueTransformer;
var init_immediate_value_transformer = __esm({
  "node_modules/kysely/dist/esm/plugin/immediate-value/immediate-value-transformer.js"() {
    init_operation_node_transformer();
    init_value_list_node();
    init_value_node();
    ImmediateValueTransformer = class extends OperationNodeTransformer {
      transformPrimitiveValueList(node) {
        return ValueListNode.create(node.values.map(ValueNode.createImmediate));
      }
      transformValue(node) {
        return ValueNode.createImmediate(node.value);
      }
    };
  }
});

// node_modules/kysely/dist/esm/schema/create-index-builder.js
var CreateIndexBuilder;
var init_create_index_builder = __esm({
  "node_modules/kysely/dist/esm/schema/create-index-builder.js"() {
    init_create_index_node();
    init_raw_node();
    init_reference_parser();
    init_table_parser();
    init_object_utils();
    init_binary_operation_parser();
    init_query_node();
    init_immediate_value_transformer();
    CreateIndexBuilder = class _CreateIndexBuilder {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      /**
       * Adds the "if not exists" modifier.
       *
       * If the index already exists, no error is thrown if this method has been called.
       */
      ifNotExists() {
        return new _CreateIndexBuilder({
          ...this.#props,
          node: CreateIndexNode.cloneWith(this.#props.node, {
            ifNotExists: true
          })
        });
      }
      /**
       * Makes the index unique.
       */
      unique() {
        return new _CreateIndexBuilder({
          ...this.#props,
          node: CreateIndexNode.cloneWith(this.#props.node, {
            unique: true
          })
        });
      }
      /**
       * Adds `nulls not distinct` specifier to index.
       * This only works on some dialects like PostgreSQL.
       *
       * ### Examples
       *
       * ```ts
       * db.schema.createIndex('person_first_name_index')
       *  .on('person')
       *  .column('first_name')
       *  .nullsNotDistinct()
       *  .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * create index "person_first_name_index"
       * on "test" ("first_name")
       * nulls not distinct;
       * ```
       */
      nullsNotDistinct() {
        return new _CreateIndexBuilder({
          ...this.#props,
          node: CreateIndexNode.cloneWith(this.#props.node, {
            nullsNotDistinct: true
          })
        });
      }
      /**
       * Specifies the table for the index.
       */
      on(table) {
        return new _CreateIndexBuilder({
          ...this.#props,
          node: CreateIndexNode.cloneWith(this.#props.node, {
            table: parseTable(table)
          })
        });
      }
      /**
       * Adds a column to the index.
       *
       * Also see {@link columns} for adding multiple columns at once or {@link expression}
       * for specifying an arbitrary expression.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *         .createIndex('person_first_name_and_age_index')
       *         .on('person')
       *         .column('first_name')
       *         .column('age desc')
       *         .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * create index "person_first_name_and_age_index" on "person" ("first_name", "age" desc)
       * ```
       */
      column(column) {
        return new _CreateIndexBuilder({
          ...this.#props,
          node: CreateIndexNode.cloneWithColumns(this.#props.node, [
            parseOrderedColumnName(column)
          ])
        });
      }
      /**
       * Specifies a list of columns for the index.
       *
       * Also see {@link column} for adding a single column or {@link expression} for
       * specifying an arbitrary expression.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *         .createIndex('person_first_name_and_age_index')
       *         .on('person')
       *         .columns(['first_name', 'age desc'])
       *         .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * create index "person_first_name_and_age_index" on "person" ("first_name", "age" desc)
       * ```
       */
      columns(columns) {
        return new _CreateIndexBuilder({
          ...this.#props,
          node: CreateIndexNode.cloneWithColumns(this.#props.node, columns.map(parseOrderedColumnName))
        });
      }
      /**
       * Specifies an arbitrary expression for the index.
       *
       * ### Examples
       *
       * ```ts
       * import { sql } from 'kysely'
       *
       * await db.schema
       *   .createIndex('person_first_name_index')
       *   .on('person')
       *   .expression(sql`first_name COLLATE "fi_FI"`)
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * create index "person_first_name_index" on "person" (first_name COLLATE "fi_FI")
       * ```
       */
      expression(expression) {
        return new _CreateIndexBuilder({
          ...this.#props,
          node: CreateIndexNode.cloneWithColumns(this.#props.node, [
            expression.toOperationNode()
          ])
        });
      }
      using(indexType) {
        return new _CreateIndexBuilder({
          ...this.#props,
          node: CreateIndexNode.cloneWith(this.#props.node, {
            using: RawNode.createWithSql(indexType)
          })
        });
      }
      where(...args) {
        const transformer = new ImmediateValueTransformer();
        return new _CreateIndexBuilder({
          ...this.#props,
          node: QueryNode.cloneWithWhere(this.#props.node, transformer.transformNode(parseValueBinaryOperationOrExpression(args), this.#props.queryId))
        });
      }
      /**
       * Simply calls the provided function passing `this` as the only argument. `$call` returns
       * what the provided function returns.
       */
      $call(func) {
        return func(this);
      }
      toOperationNode() {
        return this.#props.executor.transformQuery(this.#props.node, this.#props.queryId);
      }
      compile() {
        return this.#props.executor.compileQuery(this.toOperationNode(), this.#props.queryId);
      }
      async execute() {
        await this.#props.executor.executeQuery(this.compile());
      }
    };
  }
});

// node_modules/kysely/dist/esm/schema/create-schema-builder.js
var CreateSchemaBuilder;
var init_create_schema_builder = __esm({
  "node_modules/kysely/dist/esm/schema/create-schema-builder.js"() {
    init_create_schema_node();
    init_object_utils();
    CreateSchemaBuilder = class _CreateSchemaBuilder {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      ifNotExists() {
        return new _CreateSchemaBuilder({
          ...this.#props,
          node: CreateSchemaNode.cloneWith(this.#props.node, { ifNotExists: true })
        });
      }
      /**
       * Simply calls the provided function passing `this` as the only argument. `$call` returns
       * what the provided function returns.
       */
      $call(func) {
        return func(this);
      }
      toOperationNode() {
        return this.#props.executor.transformQuery(this.#props.node, this.#props.queryId);
      }
      compile() {
        return this.#props.executor.compileQuery(this.toOperationNode(), this.#props.queryId);
      }
      async execute() {
        await this.#props.executor.executeQuery(this.compile());
      }
    };
  }
});

// node_modules/kysely/dist/esm/parser/on-commit-action-parse.js
function parseOnCommitAction(action) {
  if (ON_COMMIT_ACTIONS.includes(action)) {
    return action;
  }
  throw new Error(`invalid OnCommitAction ${action}`);
}
var init_on_commit_action_parse = __esm({
  "node_modules/kysely/dist/esm/parser/on-commit-action-parse.js"() {
    init_create_table_node();
  }
});

// node_modules/kysely/dist/esm/schema/create-table-builder.js
var CreateTableBuilder;
var init_create_table_builder = __esm({
  "node_modules/kysely/dist/esm/schema/create-table-builder.js"() {
    init_column_definition_node();
    init_create_table_node();
    init_column_definition_builder();
    init_object_utils();
    init_foreign_key_constraint_node();
    init_column_node();
    init_foreign_key_constraint_builder();
    init_data_type_parser();
    init_primary_key_constraint_node();
    init_unique_constraint_node();
    init_check_constraint_node();
    init_table_parser();
    init_on_commit_action_parse();
    init_unique_constraint_builder();
    init_expression_parser();
    init_primary_key_constraint_builder();
    init_check_constraint_builder();
    CreateTableBuilder = class _CreateTableBuilder {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      /**
       * Adds the "temporary" modifier.
       *
       * Use this to create a temporary table.
       */
      temporary() {
        return new _CreateTableBuilder({
          ...this.#props,
          node: CreateTableNode.cloneWith(this.#props.node, {
            temporary: true
          })
        });
      }
      /**
       * Adds an "on commit" statement.
       *
       * This can be used in conjunction with temporary tables on supported databases
       * like PostgreSQL.
       */
      onCommit(onCommit) {
        return new _CreateTableBuilder({
          ...this.#props,
          node: CreateTableNode.cloneWith(this.#props.node, {
            onCommit: parseOnCommitAction(onCommit)
          })
        });
      }
      /**
       * Adds the "if not exists" modifier.
       *
       * If the table already exists, no error is thrown if this method has been called.
       */
      ifNotExists() {
        return new _CreateTableBuilder({
          ...this.#props,
          node: CreateTableNode.cloneWith(this.#props.node, {
            ifNotExists: true
          })
        });
      }
      /**
       * Adds a column to the table.
       *
       * ### Examples
       *
       * ```ts
       * import { sql } from 'kysely'
       *
       * await db.schema
       *   .createTable('person')
       *   .addColumn('id', 'integer', (col) => col.autoIncrement().primaryKey())
       *   .addColumn('first_name', 'varchar(50)', (col) => col.notNull())
       *   .addColumn('last_name', 'varchar(255)')
       *   .addColumn('bank_balance', 'numeric(8, 2)')
       *   // You can specify any data type using the `sql` tag if the types
       *   // don't include it.
       *   .addColumn('data', sql`any_type_here`)
       *   .addColumn('parent_id', 'integer', (col) =>
       *     col.references('person.id').onDelete('cascade')
       *   )
       * ```
       *
       * With this method, it's once again good to remember that Kysely just builds the
       * query and doesn't provide the same API for all databases. For example, some
       * databases like older MySQL don't support the `references` statement in the
       * column definition. Instead foreign key constraints need to be defined in the
       * `create table` query. See the next example:
       *
       * ```ts
       * await db.schema
       *   .createTable('person')
       *   .addColumn('id', 'integer', (col) => col.primaryKey())
       *   .addColumn('parent_id', 'integer')
       *   .addForeignKeyConstraint(
       *     'person_parent_id_fk',
       *     ['parent_id'],
       *     'person',
       *     ['id'],
       *     (cb) => cb.onDelete('cascade')
       *   )
       *   .execute()
       * ```
       *
       * Another good example is that PostgreSQL doesn't support the `auto_increment`
       * keyword and you need to define an autoincrementing column for example using
       * `serial`:
       *
       * ```ts
       * await db.schema
       *   .createTable('person')
       *   .addColumn('id', 'serial', (col) => col.primaryKey())
       *   .execute()
       * ```
       */
      addColumn(columnName, dataType, build = noop) {
        const columnBuilder = build(new ColumnDefinitionBuilder(ColumnDefinitionNode.create(columnName, parseDataTypeExpression(dataType))));
        return new _CreateTableBuilder({
          ...this.#props,
          node: CreateTableNode.cloneWithColumn(this.#props.node, columnBuilder.toOperationNode())
        });
      }
      /**
       * Adds a primary key constraint for one or more columns.
       *
       * The constraint name can be anything you want, but it must be unique
       * across the whole database.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *   .createTable('person')
       *   .addColumn('first_name', 'varchar(64)')
       *   .addColumn('last_name', 'varchar(64)')
       *   .addPrimaryKeyConstraint('primary_key', ['first_name', 'last_name'])
       *   .execute()
       * ```
       */
      addPrimaryKeyConstraint(constraintName, columns, build = noop) {
        const constraintBuilder = build(new PrimaryKeyConstraintBuilder(PrimaryKeyConstraintNode.create(columns, constraintName)));
        return new _CreateTableBuilder({
          ...this.#props,
          node: CreateTableNode.cloneWithConstraint(this.#props.node, constraintBuilder.toOperationNode())
        });
      }
      /**
       * Adds a unique constraint for one or more columns.
       *
       * The constraint name can be anything you want, but it must be unique
       * across the whole database.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *   .createTable('person')
       *   .addColumn('first_name', 'varchar(64)')
       *   .addColumn('last_name', 'varchar(64)')
       *   .addUniqueConstraint(
       *     'first_name_last_name_unique',
       *     ['first_name', 'last_name']
       *   )
       *   .execute()
       * ```
       *
       * In dialects such as PostgreSQL you can specify `nulls not distinct` as follows:
       *
       * ```ts
       * await db.schema
       *   .createTable('person')
       *   .addColumn('first_name', 'varchar(64)')
       *   .addColumn('last_name', 'varchar(64)')
       *   .addUniqueConstraint(
       *     'first_name_last_name_unique',
       *     ['first_name', 'last_name'],
       *     (cb) => cb.nullsNotDistinct()
       *   )
       *   .execute()
       * ```
       */
      addUniqueConstraint(constraintName, columns, build = noop) {
        const uniqueConstraintBuilder = build(new UniqueConstraintNodeBuilder(UniqueConstraintNode.create(columns, constraintName)));
        return new _CreateTableBuilder({
          ...this.#props,
          node: CreateTableNode.cloneWithConstraint(this.#props.node, uniqueConstraintBuilder.toOperationNode())
        });
      }
      /**
       * Adds a check constraint.
       *
       * The constraint name can be anything you want, but it must be unique
       * across the whole database.
       *
       * ### Examples
       *
       * ```ts
       * import { sql } from 'kysely'
       *
       * await db.schema
       *   .createTable('animal')
       *   .addColumn('number_of_legs', 'integer')
       *   .addCheckConstraint('check_legs', sql`number_of_legs < 5`)
       *   .execute()
       * ```
       */
      addCheckConstraint(constraintName, checkExpression, build = noop) {
        const constraintBuilder = build(new CheckConstraintBuilder(CheckConstraintNode.create(checkExpression.toOperationNode(), constraintName)));
        return new _CreateTableBuilder({
          ...this.#props,
          node: CreateTableNode.cloneWithConstraint(this.#props.node, constraintBuilder.toOperationNode())
        });
      }
      /**
       * Adds a foreign key constraint.
       *
       * The constraint name can be anything you want, but it must be unique
       * across the whole database.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *   .createTable('pet')
       *   .addColumn('owner_id', 'integer')
       *   .addForeignKeyConstraint(
       *     'owner_id_foreign',
       *     ['owner_id'],
       *     'person',
       *     ['id'],
       *   )
       *   .execute()
       * ```
       *
       * Add constraint for multiple columns:
       *
       * ```ts
       * await db.schema
       *   .createTable('pet')
       *   .addColumn('owner_id1', 'integer')
       *   .addColumn('owner_id2', 'integer')
       *   .addForeignKeyConstraint(
       *     'owner_id_foreign',
       *     ['owner_id1', 'owner_id2'],
       *     'person',
       *     ['id1', 'id2'],
       *     (cb) => cb.onDelete('cascade')
       *   )
       *   .execute()
       * ```
       */
      addForeignKeyConstraint(constraintName, columns, targetTable, targetColumns, build = noop) {
        const builder = build(new ForeignKeyConstraintBuilder(ForeignKeyConstraintNode.create(columns.map(ColumnNode.create), parseTable(targetTable), targetColumns.map(ColumnNode.create), constraintName)));
        return new _CreateTableBuilder({
          ...this.#props,
          node: CreateTableNode.cloneWithConstraint(this.#props.node, builder.toOperationNode())
        });
      }
      /**
       * This can be used to add any additional SQL to the front of the query __after__ the `create` keyword.
       *
       * Also see {@link temporary}.
       *
       * ### Examples
       *
       * ```ts
       * import { sql } from 'kysely'
       *
       * await db.schema
       *   .createTable('person')
       *   .modifyFront(sql`global temporary`)
       *   .addColumn('id', 'integer', col => col.primaryKey())
       *   .addColumn('first_name', 'varchar(64)', col => col.notNull())
       *   .addColumn('last_name', 'varchar(64)', col => col.notNull())
       *   .execute()
       * ```
       *
       * The generated SQL (Postgres):
       *
       * ```sql
       * create global temporary table "person" (
       *   "id" integer primary key,
       *   "first_name" varchar(64) not null,
       *   "last_name" varchar(64) not null
       * )
       * ```
       */
      modifyFront(modifier) {
        return new _CreateTableBuilder({
          ...this.#props,
          node: CreateTableNode.cloneWithFrontModifier(this.#props.node, modifier.toOperationNode())
        });
      }
      /**
       * This can be used to add any additional SQL to the end of the query.
       *
       * Also see {@link onCommit}.
       *
       * ### Examples
       *
       * ```ts
       * import { sql } from 'kysely'
       *
       * await db.schema
       *   .createTable('person')
       *   .addColumn('id', 'integer', col => col.primaryKey())
       *   .addColumn('first_name', 'varchar(64)', col => col.notNull())
       *   .addColumn('last_name', 'varchar(64)', col => col.notNull())
       *   .modifyEnd(sql`collate utf8_unicode_ci`)
       *   .execute()
       * ```
       *
       * The generated SQL (MySQL):
       *
       * ```sql
       * create table `person` (
       *   `id` integer primary key,
       *   `first_name` varchar(64) not null,
       *   `last_name` varchar(64) not null
       * ) collate utf8_unicode_ci
       * ```
       */
      modifyEnd(modifier) {
        return new _CreateTableBuilder({
          ...this.#props,
          node: CreateTableNode.cloneWithEndModifier(this.#props.node, modifier.toOperationNode())
        });
      }
      /**
       * Allows to create table from `select` query.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *   .createTable('copy')
       *   .temporary()
       *   .as(db.selectFrom('person').select(['first_name', 'last_name']))
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * create temporary table "copy" as
       * select "first_name", "last_name" from "person"
       * ```
       */
      as(expression) {
        return new _CreateTableBuilder({
          ...this.#props,
          node: CreateTableNode.cloneWith(this.#props.node, {
            selectQuery: parseExpression(expression)
          })
        });
      }
      /**
       * Calls the given function passing `this` as the only argument.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *   .createTable('test')
       *   .$call((builder) => builder.addColumn('id', 'integer'))
       *   .execute()
       * ```
       *
       * This is useful for creating reusable functions that can be called with a builder.
       *
       * ```ts
       * import { type CreateTableBuilder, sql } from 'kysely'
       *
       * const addDefaultColumns = (ctb: CreateTableBuilder<any, any>) => {
       *   return ctb
       *     .addColumn('id', 'integer', (col) => col.notNull())
       *     .addColumn('created_at', 'date', (col) =>
       *       col.notNull().defaultTo(sql`now()`)
       *     )
       *     .addColumn('updated_at', 'date', (col) =>
       *       col.notNull().defaultTo(sql`now()`)
       *     )
       * }
       *
       * await db.schema
       *   .createTable('test')
       *   .$call(addDefaultColumns)
       *   .execute()
       * ```
       */
      $call(func) {
        return func(this);
      }
      toOperationNode() {
        return this.#props.executor.transformQuery(this.#props.node, this.#props.queryId);
      }
      compile() {
        return this.#props.executor.compileQuery(this.toOperationNode(), this.#props.queryId);
      }
      async execute() {
        await this.#props.executor.executeQuery(this.compile());
      }
    };
  }
});

// node_modules/kysely/dist/esm/schema/drop-index-builder.js
var DropIndexBuilder;
var init_drop_index_builder = __esm({
  "node_modules/kysely/dist/esm/schema/drop-index-builder.js"() {
    init_drop_index_node();
    init_table_parser();
    init_object_utils();
    DropIndexBuilder = class _DropIndexBuilder {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      /**
       * Specifies the table the index was created for. This is not needed
       * in all dialects.
       */
      on(table) {
        return new _DropIndexBuilder({
          ...this.#props,
          node: DropIndexNode.cloneWith(this.#props.node, {
            table: parseTable(table)
          })
        });
      }
      ifExists() {
        return new _DropIndexBuilder({
          ...this.#props,
          node: DropIndexNode.cloneWith(this.#props.node, {
            ifExists: true
          })
        });
      }
      cascade() {
        return new _DropIndexBuilder({
          ...this.#props,
          node: DropIndexNode.cloneWith(this.#props.node, {
            cascade: true
          })
        });
      }
      /**
       * Simply calls the provided function passing `this` as the only argument. `$call` returns
       * what the provided function returns.
       */
      $call(func) {
        return func(this);
      }
      toOperationNode() {
        return this.#props.executor.transformQuery(this.#props.node, this.#props.queryId);
      }
      compile() {
        return this.#props.executor.compileQuery(this.toOperationNode(), this.#props.queryId);
      }
      async execute() {
        await this.#props.executor.executeQuery(this.compile());
      }
    };
  }
});

// node_modules/kysely/dist/esm/schema/drop-schema-builder.js
var DropSchemaBuilder;
var init_drop_schema_builder = __esm({
  "node_modules/kysely/dist/esm/schema/drop-schema-builder.js"() {
    init_drop_schema_node();
    init_object_utils();
    DropSchemaBuilder = class _DropSchemaBuilder {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      ifExists() {
        return new _DropSchemaBuilder({
          ...this.#props,
          node: DropSchemaNode.cloneWith(this.#props.node, {
            ifExists: true
          })
        });
      }
      cascade() {
        return new _DropSchemaBuilder({
          ...this.#props,
          node: DropSchemaNode.cloneWith(this.#props.node, {
            cascade: true
          })
        });
      }
      /**
       * Simply calls the provided function passing `this` as the only argument. `$call` returns
       * what the provided function returns.
       */
      $call(func) {
        return func(this);
      }
      toOperationNode() {
        return this.#props.executor.transformQuery(this.#props.node, this.#props.queryId);
      }
      compile() {
        return this.#props.executor.compileQuery(this.toOperationNode(), this.#props.queryId);
      }
      async execute() {
        await this.#props.executor.executeQuery(this.compile());
      }
    };
  }
});

// node_modules/kysely/dist/esm/schema/drop-table-builder.js
var DropTableBuilder;
var init_drop_table_builder = __esm({
  "node_modules/kysely/dist/esm/schema/drop-table-builder.js"() {
    init_drop_table_node();
    init_object_utils();
    DropTableBuilder = class _DropTableBuilder {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      ifExists() {
        return new _DropTableBuilder({
          ...this.#props,
          node: DropTableNode.cloneWith(this.#props.node, {
            ifExists: true
          })
        });
      }
      cascade() {
        return new _DropTableBuilder({
          ...this.#props,
          node: DropTableNode.cloneWith(this.#props.node, {
            cascade: true
          })
        });
      }
      /**
       * Simply calls the provided function passing `this` as the only argument. `$call` returns
       * what the provided function returns.
       */
      $call(func) {
        return func(this);
      }
      toOperationNode() {
        return this.#props.executor.transformQuery(this.#props.node, this.#props.queryId);
      }
      compile() {
        return this.#props.executor.compileQuery(this.toOperationNode(), this.#props.queryId);
      }
      async execute() {
        await this.#props.executor.executeQuery(this.compile());
      }
    };
  }
});

// node_modules/kysely/dist/esm/operation-node/create-view-node.js
var CreateViewNode;
var init_create_view_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/create-view-node.js"() {
    init_object_utils();
    init_schemable_identifier_node();
    CreateViewNode = freeze({
      is(node) {
        return node.kind === "CreateViewNode";
      },
      create(name) {
        return freeze({
          kind: "CreateViewNode",
          name: SchemableIdentifierNode.create(name)
        });
      },
      cloneWith(createView, params) {
        return freeze({
          ...createView,
          ...params
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/plugin/immediate-value/immediate-value-plugin.js
var ImmediateValuePlugin;
var init_immediate_value_plugin = __esm({
  "node_modules/kysely/dist/esm/plugin/immediate-value/immediate-value-plugin.js"() {
    init_immediate_value_transformer();
    ImmediateValuePlugin = class {
      #transformer = new ImmediateValueTransformer();
      transformQuery(args) {
        return this.#transformer.transformNode(args.node, args.queryId);
      }
      transformResult(args) {
        return Promise.resolve(args.result);
      }
    };
  }
});

// node_modules/kysely/dist/esm/schema/create-view-builder.js
var CreateViewBuilder;
var init_create_view_builder = __esm({
  "node_modules/kysely/dist/esm/schema/create-view-builder.js"() {
    init_object_utils();
    init_create_view_node();
    init_reference_parser();
    init_immediate_value_plugin();
    CreateViewBuilder = class _CreateViewBuilder {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      /**
       * Adds the "temporary" modifier.
       *
       * Use this to create a temporary view.
       */
      temporary() {
        return new _CreateViewBuilder({
          ...this.#props,
          node: CreateViewNode.cloneWith(this.#props.node, {
            temporary: true
          })
        });
      }
      materialized() {
        return new _CreateViewBuilder({
          ...this.#props,
          node: CreateViewNode.cloneWith(this.#props.node, {
            materialized: true
          })
        });
      }
      /**
       * Only implemented on some dialects like SQLite. On most dialects, use {@link orReplace}.
       */
      ifNotExists() {
        return new _CreateViewBuilder({
          ...this.#props,
          node: CreateViewNode.cloneWith(this.#props.node, {
            ifNotExists: true
          })
        });
      }
      orReplace() {
        return new _CreateViewBuilder({
          ...this.#props,
          node: CreateViewNode.cloneWith(this.#props.node, {
            orReplace: true
          })
        });
      }
      columns(columns) {
        return new _CreateViewBuilder({
          ...this.#props,
          node: CreateViewNode.cloneWith(this.#props.node, {
            columns: columns.map(parseColumnName)
          })
        });
      }
      /**
       * Sets the select query or a `values` statement that creates the view.
       *
       * WARNING!
       * Some dialects don't support parameterized queries in DDL statements and therefore
       * the query or raw {@link sql } expression passed here is interpolated into a single
       * string opening an SQL injection vulnerability. DO NOT pass unchecked user input
       * into the query or raw expression passed to this method!
       */
      as(query) {
        const queryNode = query.withPlugin(new ImmediateValuePlugin()).toOperationNode();
        return new _CreateViewBuilder({
          ...this.#props,
          node: CreateViewNode.cloneWith(this.#props.node, {
            as: queryNode
          })
        });
      }
      /**
       * Simply calls the provided function passing `this` as the only argument. `$call` returns
       * what the provided function returns.
       */
      $call(func) {
        return func(this);
      }
      toOperationNode() {
        return this.#props.executor.transformQuery(this.#props.node, this.#props.queryId);
      }
      compile() {
        return this.#props.executor.compileQuery(this.toOperationNode(), this.#props.queryId);
      }
      async execute() {
        await this.#props.executor.executeQuery(this.compile());
      }
    };
  }
});

// node_modules/kysely/dist/esm/operation-node/drop-view-node.js
var DropViewNode;
var init_drop_view_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/drop-view-node.js"() {
    init_object_utils();
    init_schemable_identifier_node();
    DropViewNode = freeze({
      is(node) {
        return node.kind === "DropViewNode";
      },
      create(name) {
        return freeze({
          kind: "DropViewNode",
          name: SchemableIdentifierNode.create(name)
        });
      },
      cloneWith(dropView, params) {
        return freeze({
          ...dropView,
          ...params
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/schema/drop-view-builder.js
var DropViewBuilder;
var init_drop_view_builder = __esm({
  "node_modules/kysely/dist/esm/schema/drop-view-builder.js"() {
    init_object_utils();
    init_drop_view_node();
    DropViewBuilder = class _DropViewBuilder {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      materialized() {
        return new _DropViewBuilder({
          ...this.#props,
          node: DropViewNode.cloneWith(this.#props.node, {
            materialized: true
          })
        });
      }
      ifExists() {
        return new _DropViewBuilder({
          ...this.#props,
          node: DropViewNode.cloneWith(this.#props.node, {
            ifExists: true
          })
        });
      }
      cascade() {
        return new _DropViewBuilder({
          ...this.#props,
          node: DropViewNode.cloneWith(this.#props.node, {
            cascade: true
          })
        });
      }
      /**
       * Simply calls the provided function passing `this` as the only argument. `$call` returns
       * what the provided function returns.
       */
      $call(func) {
        return func(this);
      }
      toOperationNode() {
        return this.#props.executor.transformQuery(this.#props.node, this.#props.queryId);
      }
      compile() {
        return this.#props.executor.compileQuery(this.toOperationNode(), this.#props.queryId);
      }
      async execute() {
        await this.#props.executor.executeQuery(this.compile());
      }
    };
  }
});

// node_modules/kysely/dist/esm/operation-node/create-type-node.js
var CreateTypeNode;
var init_create_type_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/create-type-node.js"() {
    init_object_utils();
    init_value_list_node();
    init_value_node();
    CreateTypeNode = freeze({
      is(node) {
        return node.kind === "CreateTypeNode";
      },
      create(name) {
        return freeze({
          kind: "CreateTypeNode",
          name
        });
      },
      cloneWithEnum(createType, values) {
        return freeze({
          ...createType,
          enum: ValueListNode.create(values.map(ValueNode.createImmediate))
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/schema/create-type-builder.js
var CreateTypeBuilder;
var init_create_type_builder = __esm({
  "node_modules/kysely/dist/esm/schema/create-type-builder.js"() {
    init_object_utils();
    init_create_type_node();
    CreateTypeBuilder = class _CreateTypeBuilder {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      toOperationNode() {
        return this.#props.executor.transformQuery(this.#props.node, this.#props.queryId);
      }
      /**
       * Creates an enum type.
       *
       * ### Examples
       *
       * ```ts
       * db.schema.createType('species').asEnum(['cat', 'dog', 'frog'])
       * ```
       */
      asEnum(values) {
        return new _CreateTypeBuilder({
          ...this.#props,
          node: CreateTypeNode.cloneWithEnum(this.#props.node, values)
        });
      }
      /**
       * Simply calls the provided function passing `this` as the only argument. `$call` returns
       * what the provided function returns.
       */
      $call(func) {
        return func(this);
      }
      compile() {
        return this.#props.executor.compileQuery(this.toOperationNode(), this.#props.queryId);
      }
      async execute() {
        await this.#props.executor.executeQuery(this.compile());
      }
    };
  }
});

// node_modules/kysely/dist/esm/operation-node/drop-type-node.js
var DropTypeNode;
var init_drop_type_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/drop-type-node.js"() {
    init_object_utils();
    DropTypeNode = freeze({
      is(node) {
        return node.kind === "DropTypeNode";
      },
      create(name) {
        return freeze({
          kind: "DropTypeNode",
          name
        });
      },
      cloneWith(dropType, params) {
        return freeze({
          ...dropType,
          ...params
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/schema/drop-type-builder.js
var DropTypeBuilder;
var init_drop_type_builder = __esm({
  "node_modules/kysely/dist/esm/schema/drop-type-builder.js"() {
    init_drop_type_node();
    init_object_utils();
    DropTypeBuilder = class _DropTypeBuilder {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      ifExists() {
        return new _DropTypeBuilder({
          ...this.#props,
          node: DropTypeNode.cloneWith(this.#props.node, {
            ifExists: true
          })
        });
      }
      /**
       * Simply calls the provided function passing `this` as the only argument. `$call` returns
       * what the provided function returns.
       */
      $call(func) {
        return func(this);
      }
      toOperationNode() {
        return this.#props.executor.transformQuery(this.#props.node, this.#props.queryId);
      }
      compile() {
        return this.#props.executor.compileQuery(this.toOperationNode(), this.#props.queryId);
      }
      async execute() {
        await this.#props.executor.executeQuery(this.compile());
      }
    };
  }
});

// node_modules/kysely/dist/esm/parser/identifier-parser.js
function parseSchemableIdentifier(id) {
  const SCHEMA_SEPARATOR = ".";
  if (id.includes(SCHEMA_SEPARATOR)) {
    const parts = id.split(SCHEMA_SEPARATOR).map(trim3);
    if (parts.length === 2) {
      return SchemableIdentifierNode.createWithSchema(parts[0], parts[1]);
    } else {
      throw new Error(`invalid schemable identifier ${id}`);
    }
  } else {
    return SchemableIdentifierNode.create(id);
  }
}
function trim3(str) {
  return str.trim();
}
var init_identifier_parser = __esm({
  "node_modules/kysely/dist/esm/parser/identifier-parser.js"() {
    init_schemable_identifier_node();
  }
});

// node_modules/kysely/dist/esm/operation-node/refresh-materialized-view-node.js
var RefreshMaterializedViewNode;
var init_refresh_materialized_view_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/refresh-materialized-view-node.js"() {
    init_object_utils();
    init_schemable_identifier_node();
    RefreshMaterializedViewNode = freeze({
      is(node) {
        return node.kind === "RefreshMaterializedViewNode";
      },
      create(name) {
        return freeze({
          kind: "RefreshMaterializedViewNode",
          name: SchemableIdentifierNode.create(name)
        });
      },
      cloneWith(createView, params) {
        return freeze({
          ...createView,
          ...params
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/schema/refresh-materialized-view-builder.js
var RefreshMaterializedViewBuilder;
var init_refresh_materialized_view_builder = __esm({
  "node_modules/kysely/dist/esm/schema/refresh-materialized-view-builder.js"() {
    init_object_utils();
    init_refresh_materialized_view_node();
    RefreshMaterializedViewBuilder = class _RefreshMaterializedViewBuilder {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      /**
       * Adds the "concurrently" modifier.
       *
       * Use this to refresh the view without locking out concurrent selects on the materialized view.
       *
       * WARNING!
       * This cannot be used with the "with no data" modifier.
       */
      concurrently() {
        return new _RefreshMaterializedViewBuilder({
          ...this.#props,
          node: RefreshMaterializedViewNode.cloneWith(this.#props.node, {
            concurrently: true,
            withNoData: false
          })
        });
      }
      /**
       * Adds the "with data" modifier.
       *
       * If specified (or defaults) the backing query is executed to provide the new data, and the materialized view is left in a scannable state
       */
      withData() {
        return new _RefreshMaterializedViewBuilder({
          ...this.#props,
          node: RefreshMaterializedViewNode.cloneWith(this.#props.node, {
            withNoData: false
          })
        });
      }
      /**
       * Adds the "with no data" modifier.
       *
       * If specified, no new data is generated and the materialized view is left in an unscannable state.
       *
       * WARNING!
       * This cannot be used with the "concurrently" modifier.
       */
      withNoData() {
        return new _RefreshMaterializedViewBuilder({
          ...this.#props,
          node: RefreshMaterializedViewNode.cloneWith(this.#props.node, {
            withNoData: true,
            concurrently: false
          })
        });
      }
      /**
       * Simply calls the provided function passing `this` as the only argument. `$call` returns
       * what the provided function returns.
       */
      $call(func) {
        return func(this);
      }
      toOperationNode() {
        return this.#props.executor.transformQuery(this.#props.node, this.#props.queryId);
      }
      compile() {
        return this.#props.executor.compileQuery(this.toOperationNode(), this.#props.queryId);
      }
      async execute() {
        await this.#props.executor.executeQuery(this.compile());
      }
    };
  }
});

// node_modules/kysely/dist/esm/schema/schema.js
var SchemaModule;
var init_schema = __esm({
  "node_modules/kysely/dist/esm/schema/schema.js"() {
    init_alter_table_node();
    init_create_index_node();
    init_create_schema_node();
    init_create_table_node();
    init_drop_index_node();
    init_drop_schema_node();
    init_drop_table_node();
    init_table_parser();
    init_alter_table_builder();
    init_create_index_builder();
    init_create_schema_builder();
    init_create_table_builder();
    init_drop_index_builder();
    init_drop_schema_builder();
    init_drop_table_builder();
    init_query_id();
    init_with_schema_plugin();
    init_create_view_builder();
    init_create_view_node();
    init_drop_view_builder();
    init_drop_view_node();
    init_create_type_builder();
    init_drop_type_builder();
    init_create_type_node();
    init_drop_type_node();
    init_identifier_parser();
    init_refresh_materialized_view_builder();
    init_refresh_materialized_view_node();
    SchemaModule = class _SchemaModule {
      #executor;
      constructor(executor) {
        this.#executor = executor;
      }
      /**
       * Create a new table.
       *
       * ### Examples
       *
       * This example creates a new table with columns `id`, `first_name`,
       * `last_name` and `gender`:
       *
       * ```ts
       * await db.schema
       *   .createTable('person')
       *   .addColumn('id', 'integer', col => col.primaryKey().autoIncrement())
       *   .addColumn('first_name', 'varchar', col => col.notNull())
       *   .addColumn('last_name', 'varchar', col => col.notNull())
       *   .addColumn('gender', 'varchar')
       *   .execute()
       * ```
       *
       * This example creates a table with a foreign key. Not all database
       * engines support column-level foreign key constraint definitions.
       * For example if you are using MySQL 5.X see the next example after
       * this one.
       *
       * ```ts
       * await db.schema
       *   .createTable('pet')
       *   .addColumn('id', 'integer', col => col.primaryKey().autoIncrement())
       *   .addColumn('owner_id', 'integer', col => col
       *     .references('person.id')
       *     .onDelete('cascade')
       *   )
       *   .execute()
       * ```
       *
       * This example adds a foreign key constraint for a columns just
       * like the previous example, but using a table-level statement.
       * On MySQL 5.X you need to define foreign key constraints like
       * this:
       *
       * ```ts
       * await db.schema
       *   .createTable('pet')
       *   .addColumn('id', 'integer', col => col.primaryKey().autoIncrement())
       *   .addColumn('owner_id', 'integer')
       *   .addForeignKeyConstraint(
       *     'pet_owner_id_foreign', ['owner_id'], 'person', ['id'],
       *     (constraint) => constraint.onDelete('cascade')
       *   )
       *   .execute()
       * ```
       */
      createTable(table) {
        return new CreateTableBuilder({
          queryId: createQueryId(),
          executor: this.#executor,
          node: CreateTableNode.create(parseTable(table))
        });
      }
      /**
       * Drop a table.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *   .dropTable('person')
       *   .execute()
       * ```
       */
      dropTable(table) {
        return new DropTableBuilder({
          queryId: createQueryId(),
          executor: this.#executor,
          node: DropTableNode.create(parseTable(table))
        });
      }
      /**
       * Create a new index.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *   .createIndex('person_full_name_unique_index')
       *   .on('person')
       *   .columns(['first_name', 'last_name'])
       *   .execute()
       * ```
       */
      createIndex(indexName) {
        return new CreateIndexBuilder({
          queryId: createQueryId(),
          executor: this.#executor,
          node: CreateIndexNode.create(indexName)
        });
      }
      /**
       * Drop an index.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *   .dropIndex('person_full_name_unique_index')
       *   .execute()
       * ```
       */
      dropIndex(indexName) {
        return new DropIndexBuilder({
          queryId: createQueryId(),
          executor: this.#executor,
          node: DropIndexNode.create(indexName)
        });
      }
      /**
       * Create a new schema.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *   .createSchema('some_schema')
       *   .execute()
       * ```
       */
      createSchema(schema) {
        return new CreateSchemaBuilder({
          queryId: createQueryId(),
          executor: this.#executor,
          node: CreateSchemaNode.create(schema)
        });
      }
      /**
       * Drop a schema.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *   .dropSchema('some_schema')
       *   .execute()
       * ```
       */
      dropSchema(schema) {
        return new DropSchemaBuilder({
          queryId: createQueryId(),
          executor: this.#executor,
          node: DropSchemaNode.create(schema)
        });
      }
      /**
       * Alter a table.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *   .alterTable('person')
       *   .alterColumn('first_name', (ac) => ac.setDataType('text'))
       *   .execute()
       * ```
       */
      alterTable(table) {
        return new AlterTableBuilder({
          queryId: createQueryId(),
          executor: this.#executor,
          node: AlterTableNode.create(parseTable(table))
        });
      }
      /**
       * Create a new view.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *   .createView('dogs')
       *   .orReplace()
       *   .as(db.selectFrom('pet').selectAll().where('species', '=', 'dog'))
       *   .execute()
       * ```
       */
      createView(viewName) {
        return new CreateViewBuilder({
          queryId: createQueryId(),
          executor: this.#executor,
          node: CreateViewNode.create(viewName)
        });
      }
      /**
       * Refresh a materialized view.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *   .refreshMaterializedView('my_view')
       *   .concurrently()
       *   .execute()
       * ```
       */
      refreshMaterializedView(viewName) {
        return new RefreshMaterializedViewBuilder({
          queryId: createQueryId(),
          executor: this.#executor,
          node: RefreshMaterializedViewNode.create(viewName)
        });
      }
      /**
       * Drop a view.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *   .dropView('dogs')
       *   .ifExists()
       *   .execute()
       * ```
       */
      dropView(viewName) {
        return new DropViewBuilder({
          queryId: createQueryId(),
          executor: this.#executor,
          node: DropViewNode.create(viewName)
        });
      }
      /**
       * Create a new type.
       *
       * Only some dialects like PostgreSQL have user-defined types.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *   .createType('species')
       *   .asEnum(['dog', 'cat', 'frog'])
       *   .execute()
       * ```
       */
      createType(typeName) {
        return new CreateTypeBuilder({
          queryId: createQueryId(),
          executor: this.#executor,
          node: CreateTypeNode.create(parseSchemableIdentifier(typeName))
        });
      }
      /**
       * Drop a type.
       *
       * Only some dialects like PostgreSQL have user-defined types.
       *
       * ### Examples
       *
       * ```ts
       * await db.schema
       *   .dropType('species')
       *   .ifExists()
       *   .execute()
       * ```
       */
      dropType(typeName) {
        return new DropTypeBuilder({
          queryId: createQueryId(),
          executor: this.#executor,
          node: DropTypeNode.create(parseSchemableIdentifier(typeName))
        });
      }
      /**
       * Returns a copy of this schema module with the given plugin installed.
       */
      withPlugin(plugin) {
        return new _SchemaModule(this.#executor.withPlugin(plugin));
      }
      /**
       * Returns a copy of this schema module  without any plugins.
       */
      withoutPlugins() {
        return new _SchemaModule(this.#executor.withoutPlugins());
      }
      /**
       * See {@link QueryCreator.withSchema}
       */
      withSchema(schema) {
        return new _SchemaModule(this.#executor.withPluginAtFront(new WithSchemaPlugin(schema)));
      }
    };
  }
});

// node_modules/kysely/dist/esm/dynamic/dynamic.js
var DynamicModule;
var init_dynamic = __esm({
  "node_modules/kysely/dist/esm/dynamic/dynamic.js"() {
    init_dynamic_reference_builder();
    init_dynamic_table_builder();
    DynamicModule = class {
      /**
       * Creates a dynamic reference to a column that is not know at compile time.
       *
       * Kysely is built in a way that by default you can't refer to tables or columns
       * that are not actually visible in the current query and context. This is all
       * done by TypeScript at compile time, which means that you need to know the
       * columns and tables at compile time. This is not always the case of course.
       *
       * This method is meant to be used in those cases where the column names
       * come from the user input or are not otherwise known at compile time.
       *
       * WARNING! Unlike values, column names are not escaped by the database engine
       * or Kysely and if you pass in unchecked column names using this method, you
       * create an SQL injection vulnerability. Always __always__ validate the user
       * input before passing it to this method.
       *
       * There are couple of examples below for some use cases, but you can pass
       * `ref` to other methods as well. If the types allow you to pass a `ref`
       * value to some place, it should work.
       *
       * ### Examples
       *
       * Filter by a column not know at compile time:
       *
       * ```ts
       * async function someQuery(filterColumn: string, filterValue: string) {
       *   const { ref } = db.dynamic
       *
       *   return await db
       *     .selectFrom('person')
       *     .selectAll()
       *     .where(ref(filterColumn), '=', filterValue)
       *     .execute()
       * }
       *
       * someQuery('first_name', 'Arnold')
       * someQuery('person.last_name', 'Aniston')
       * ```
       *
       * Order by a column not know at compile time:
       *
       * ```ts
       * async function someQuery(orderBy: string) {
       *   const { ref } = db.dynamic
       *
       *   return await db
       *     .selectFrom('person')
       *     .select('person.first_name as fn')
       *     .orderBy(ref(orderBy))
       *     .execute()
       * }
       *
       * someQuery('fn')
       * ```
       *
       * In this example we add selections dynamically:
       *
       * ```ts
       * const { ref } = db.dynamic
       *
       * // Some column name provided by the user. Value not known at compile time.
       * const columnFromUserInput: PossibleColumns = 'birthdate';
       *
       * // A type that lists all possible values `columnFromUserInput` can have.
       * // You can use `keyof Person` if any column of an interface is allowed.
       * type PossibleColumns = 'last_name' | 'first_name' | 'birthdate'
       *
       * const [person] = await db.selectFrom('person')
       *   .select([
       *     ref<PossibleColumns>(columnFromUserInput),
       *     'id'
       *   ])
       *   .execute()
       *
       * // The resulting type contains all `PossibleColumns` as optional fields
       * // because we cannot know which field was actually selected before
       * // running the code.
       * const lastName: string | null | undefined = person?.last_name
       * const firstName: string | undefined = person?.first_name
       * const birthDate: Date | null | undefined = person?.birthdate
       *
       * // The result type also contains the compile time selection `id`.
       * person?.id
       * ```
       */
      ref(reference) {
        return new DynamicReferenceBuilder(reference);
      }
      /**
       * Creates a table reference to a table that's not fully known at compile time.
       *
       * The type `T` is allowed to be a union of multiple tables.
       *
       * <!-- siteExample("select", "Generic find query", 130) -->
       *
       * A generic type-safe helper function for finding a row by a column value:
       *
       * ```ts
       * import { SelectType } from 'kysely'
       * import { Database } from 'type-editor'
       *
       * async function getRowByColumn<
       *   T extends keyof Database,
       *   C extends keyof Database[T] & string,
       *   V extends SelectType<Database[T][C]>,
       * >(t: T, c: C, v: V) {
       *   // We need to use the dynamic module since the table name
       *   // is not known at compile time.
       *   const { table, ref } = db.dynamic
       *
       *   return await db
       *     .selectFrom(table(t).as('t'))
       *     .selectAll()
       *     .where(ref(c), '=', v)
       *     .orderBy('t.id')
       *     .executeTakeFirstOrThrow()
       * }
       *
       * const person = await getRowByColumn('person', 'first_name', 'Arnold')
       * ```
       */
      table(table) {
        return new DynamicTableBuilder(table);
      }
    };
  }
});

// node_modules/kysely/dist/esm/driver/default-connection-provider.js
var DefaultConnectionProvider;
var init_default_connection_provider = __esm({
  "node_modules/kysely/dist/esm/driver/default-connection-provider.js"() {
    DefaultConnectionProvider = class {
      #driver;
      constructor(driver) {
        this.#driver = driver;
      }
      async provideConnection(consumer) {
        const connection = await this.#driver.acquireConnection();
        try {
          return await consumer(connection);
        } finally {
          await this.#driver.releaseConnection(connection);
        }
      }
    };
  }
});

// node_modules/kysely/dist/esm/query-executor/default-query-executor.js
var DefaultQueryExecutor;
var init_default_query_executor = __esm({
  "node_modules/kysely/dist/esm/query-executor/default-query-executor.js"() {
    init_query_executor_base();
    DefaultQueryExecutor = class _DefaultQueryExecutor extends QueryExecutorBase {
      #compiler;
      #adapter;
      #connectionProvider;
      constructor(compiler, adapter, connectionProvider, plugins = []) {
        super(plugins);
        this.#compiler = compiler;
        this.#adapter = adapter;
        this.#connectionProvider = connectionProvider;
      }
      get adapter() {
        return this.#adapter;
      }
      compileQuery(node, queryId) {
        return this.#compiler.compileQuery(node, queryId);
      }
      provideConnection(consumer) {
        return this.#connectionProvider.provideConnection(consumer);
      }
      withPlugins(plugins) {
        return new _DefaultQueryExecutor(this.#compiler, this.#adapter, this.#connectionProvider, [...this.plugins, ...plugins]);
      }
      withPlugin(plugin) {
        return new _DefaultQueryExecutor(this.#compiler, this.#adapter, this.#connectionProvider, [...this.plugins, plugin]);
      }
      withPluginAtFront(plugin) {
        return new _DefaultQueryExecutor(this.#compiler, this.#adapter, this.#connectionProvider, [plugin, ...this.plugins]);
      }
      withConnectionProvider(connectionProvider) {
        return new _DefaultQueryExecutor(this.#compiler, this.#adapter, connectionProvider, [...this.plugins]);
      }
      withoutPlugins() {
        return new _DefaultQueryExecutor(this.#compiler, this.#adapter, this.#connectionProvider, []);
      }
    };
  }
});

// node_modules/kysely/dist/esm/util/performance-now.js
function performanceNow() {
  if (typeof performance !== "undefined" && isFunction(performance.now)) {
    return performance.now();
  } else {
    return Date.now();
  }
}
var init_performance_now = __esm({
  "node_modules/kysely/dist/esm/util/performance-now.js"() {
    init_object_utils();
  }
});

// node_modules/kysely/dist/esm/driver/runtime-driver.js
var RuntimeDriver;
var init_runtime_driver = __esm({
  "node_modules/kysely/dist/esm/driver/runtime-driver.js"() {
    init_performance_now();
    RuntimeDriver = class {
      #driver;
      #log;
      #initPromise;
      #initDone;
      #destroyPromise;
      #connections = /* @__PURE__ */ new WeakSet();
      constructor(driver, log) {
        this.#initDone = false;
        this.#driver = driver;
        this.#log = log;
      }
      async init() {
        if (this.#destroyPromise) {
          throw new Error("driver has already been destroyed");
        }
        if (!this.#initPromise) {
          this.#initPromise = this.#driver.init().then(() => {
            this.#initDone = true;
          }).catch((err) => {
            this.#initPromise = void 0;
            return Promise.reject(err);
          });
        }
        await this.#initPromise;
      }
      async acquireConnection() {
        if (this.#destroyPromise) {
          throw new Error("driver has already been destroyed");
        }
        if (!this.#initDone) {
          await this.init();
        }
        const connection = await this.#driver.acquireConnection();
        if (!this.#connections.has(connection)) {
          if (this.#needsLogging()) {
            this.#addLogging(connection);
          }
          this.#connections.add(connection);
        }
        return connection;
      }
      async releaseConnection(connection) {
        await this.#driver.releaseConnection(connection);
      }
      beginTransaction(connection, settings) {
        return this.#driver.beginTransaction(connection, settings);
      }
      commitTransaction(connection) {
        return this.#driver.commitTransaction(connection);
      }
      rollbackTransaction(connection) {
        return this.#driver.rollbackTransaction(connection);
      }
      savepoint(connection, savepointName, compileQuery) {
        if (this.#driver.savepoint) {
          return this.#driver.savepoint(connection, savepointName, compileQuery);
        }
        throw new Error("The `savepoint` method is not supported by this driver");
      }
      rollbackToSavepoint(connection, savepointName, compileQuery) {
        if (this.#driver.rollbackToSavepoint) {
          return this.#driver.rollbackToSavepoint(connection, savepointName, compileQuery);
        }
        throw new Error("The `rollbackToSavepoint` method is not supported by this driver");
      }
      releaseSavepoint(connection, savepointName, compileQuery) {
        if (this.#driver.releaseSavepoint) {
          return this.#driver.releaseSavepoint(connection, savepointName, compileQuery);
        }
        throw new Error("The `releaseSavepoint` method is not supported by this driver");
      }
      async destroy() {
        if (!this.#initPromise) {
          return;
        }
        await this.#initPromise;
        if (!this.#destroyPromise) {
          this.#destroyPromise = this.#driver.destroy().catch((err) => {
            this.#destroyPromise = void 0;
            return Promise.reject(err);
          });
        }
        await this.#destroyPromise;
      }
      #needsLogging() {
        return this.#log.isLevelEnabled("query") || this.#log.isLevelEnabled("error");
      }
      // This method monkey patches the database connection's executeQuery method
      // by adding logging code around it. Monkey patching is not pretty, but it's
      // the best option in this case.
      #addLogging(connection) {
        const executeQuery = connection.executeQuery;
        const streamQuery = connection.streamQuery;
        const dis = this;
        connection.executeQuery = async (compiledQuery) => {
          let caughtError;
          const startTime = performanceNow();
          try {
            return await executeQuery.call(connection, compiledQuery);
          } catch (error) {
            caughtError = error;
            await dis.#logError(error, compiledQuery, startTime);
            throw error;
          } finally {
            if (!caughtError) {
              await dis.#logQuery(compiledQuery, startTime);
            }
          }
        };
        connection.streamQuery = async function* (compiledQuery, chunkSize) {
          let caughtError;
          const startTime = performanceNow();
          try {
            for await (const result of streamQuery.call(connection, compiledQuery, chunkSize)) {
              yield result;
            }
          } catch (error) {
            caughtError = error;
            await dis.#logError(error, compiledQuery, startTime);
            throw error;
          } finally {
            if (!caughtError) {
              await dis.#logQuery(compiledQuery, startTime, true);
            }
          }
        };
      }
      async #logError(error, compiledQuery, startTime) {
        await this.#log.error(() => ({
          level: "error",
          error,
          query: compiledQuery,
          queryDurationMillis: this.#calculateDurationMillis(startTime)
        }));
      }
      async #logQuery(compiledQuery, startTime, isStream = false) {
        await this.#log.query(() => ({
          level: "query",
          isStream,
          query: compiledQuery,
          queryDurationMillis: this.#calculateDurationMillis(startTime)
        }));
      }
      #calculateDurationMillis(startTime) {
        return performanceNow() - startTime;
      }
    };
  }
});

// node_modules/kysely/dist/esm/driver/aborted-transaction-error.js
function isAbortedTransactionError(error) {
  return isObject(error) && ABORTED_TRANSACTION_ERROR in error;
}
var ABORTED_TRANSACTION_ERROR, AbortedTransactionError;
var init_aborted_transaction_error = __esm({
  "node_modules/kysely/dist/esm/driver/aborted-transaction-error.js"() {
    init_object_utils();
    ABORTED_TRANSACTION_ERROR = Symbol.for("kysely.AbortedTransactionError");
    AbortedTransactionError = class extends Error {
      name = "AbortedTransactionError";
      [ABORTED_TRANSACTION_ERROR] = true;
      constructor() {
        super("Transaction was rolled back instead of committed");
      }
    };
  }
});

// node_modules/kysely/dist/esm/driver/single-connection-provider.js
var ignoreError, SingleConnectionProvider;
var init_single_connection_provider = __esm({
  "node_modules/kysely/dist/esm/driver/single-connection-provider.js"() {
    ignoreError = () => {
    };
    SingleConnectionProvider = class {
      #connection;
      #runningPromise;
      constructor(connection) {
        this.#connection = connection;
      }
      async provideConnection(consumer) {
        while (this.#runningPromise) {
          await this.#runningPromise.catch(ignoreError);
        }
        this.#runningPromise = this.#run(consumer).finally(() => {
          this.#runningPromise = void 0;
        });
        return this.#runningPromise;
      }
      // Run the runner in an async function to make sure it doesn't
      // throw synchronous errors.
      async #run(runner) {
        return await runner(this.#connection);
      }
    };
  }
});

// node_modules/kysely/dist/esm/driver/driver.js
function validateTransactionSettings(settings) {
  if (settings.accessMode && !TRANSACTION_ACCESS_MODES.includes(settings.accessMode)) {
    throw new Error(`invalid transaction access mode ${settings.accessMode}`);
  }
  if (settings.isolationLevel && !TRANSACTION_ISOLATION_LEVELS.includes(settings.isolationLevel)) {
    throw new Error(`invalid transaction isolation level ${settings.isolationLevel}`);
  }
}
var TRANSACTION_ACCESS_MODES, TRANSACTION_ISOLATION_LEVELS;
var init_driver = __esm({
  "node_modules/kysely/dist/esm/driver/driver.js"() {
    TRANSACTION_ACCESS_MODES = ["read only", "read write"];
    TRANSACTION_ISOLATION_LEVELS = [
      "read uncommitted",
      "read committed",
      "repeatable read",
      "serializable",
      "snapshot"
    ];
  }
});

// node_modules/kysely/dist/esm/util/log.js
function defaultLogger(event) {
  if (event.level === "query") {
    const prefix = `kysely:query:${event.isStream ? "stream:" : ""}`;
    console.log(`${prefix} ${event.query.sql}`);
    console.log(`${prefix} duration: ${event.queryDurationMillis.toFixed(1)}ms`);
  } else if (event.level === "error") {
    if (event.error instanceof Error) {
      console.error(`kysely:error: ${event.error.stack ?? event.error.message}`);
    } else {
      console.error(`kysely:error: ${JSON.stringify({
        error: event.error,
        query: event.query.sql,
        queryDurationMillis: event.queryDurationMillis
      })}`);
    }
  }
}
var logLevels, LOG_LEVELS, Log;
var init_log = __esm({
  "node_modules/kysely/dist/esm/util/log.js"() {
    init_object_utils();
    logLevels = ["query", "error"];
    LOG_LEVELS = freeze(logLevels);
    Log = class {
      #levels;
      #logger;
      constructor(config) {
        if (isFunction(config)) {
          this.#logger = config;
          this.#levels = freeze({
            query: true,
            error: true
          });
        } else {
          this.#logger = defaultLogger;
          this.#levels = freeze({
            query: config.includes("query"),
            error: config.includes("error")
          });
        }
      }
      isLevelEnabled(level) {
        return this.#levels[level];
      }
      async query(getEvent) {
        if (this.#levels.query) {
          await this.#logger(getEvent());
        }
      }
      async error(getEvent) {
        if (this.#levels.error) {
          await this.#logger(getEvent());
        }
      }
    };
  }
});

// node_modules/kysely/dist/esm/util/compilable.js
function isCompilable(value) {
  return isObject(value) && isFunction(value.compile);
}
var init_compilable = __esm({
  "node_modules/kysely/dist/esm/util/compilable.js"() {
    init_object_utils();
  }
});

// node_modules/kysely/dist/esm/kysely.js
function isKyselyProps(obj) {
  return isObject(obj) && isObject(obj.config) && isObject(obj.driver) && isObject(obj.executor) && isObject(obj.dialect);
}
function assertNotCommittedOrRolledBack(transactionState) {
  if (transactionState.status === "committed") {
    throw new Error("Transaction is already committed");
  }
  if (transactionState.status !== "active") {
    throw new Error("Transaction is already rolled back");
  }
}
var Kysely, Transaction, ConnectionBuilder, TransactionBuilder, ControlledTransactionBuilder, ControlledTransaction, Command2, NotCommittedOrRolledBackAssertingExecutor;
var init_kysely = __esm({
  "node_modules/kysely/dist/esm/kysely.js"() {
    init_schema();
    init_dynamic();
    init_default_connection_provider();
    init_query_creator();
    init_default_query_executor();
    init_object_utils();
    init_runtime_driver();
    init_aborted_transaction_error();
    init_single_connection_provider();
    init_driver();
    init_function_module();
    init_log();
    init_query_id();
    init_compilable();
    init_case_builder();
    init_case_node();
    init_expression_parser();
    init_with_schema_plugin();
    init_provide_controlled_connection();
    init_log_once();
    Symbol.asyncDispose ??= Symbol("Symbol.asyncDispose");
    Kysely = class _Kysely extends QueryCreator {
      #props;
      constructor(args) {
        let superProps;
        let props;
        if (isKyselyProps(args)) {
          superProps = { executor: args.executor };
          props = { ...args };
        } else {
          const dialect = args.dialect;
          const driver = dialect.createDriver();
          const compiler = dialect.createQueryCompiler();
          const adapter = dialect.createAdapter();
          const log = new Log(args.log ?? []);
          const runtimeDriver = new RuntimeDriver(driver, log);
          const connectionProvider = new DefaultConnectionProvider(runtimeDriver);
          const executor = new DefaultQueryExecutor(compiler, adapter, connectionProvider, args.plugins ?? []);
          superProps = { executor };
          props = {
            config: args,
            executor,
            dialect,
            driver: runtimeDriver
          };
        }
        super(superProps);
        this.#props = freeze(props);
      }
      /**
       * Returns the {@link SchemaModule} module for building database schema.
       */
      get schema() {
        return new SchemaModule(this.#props.executor);
      }
      /**
       * Returns a the {@link DynamicModule} module.
       *
       * The {@link DynamicModule} module can be used to bypass strict typing and
       * passing in dynamic values for the queries.
       */
      get dynamic() {
        return new DynamicModule();
      }
      /**
       * Returns a {@link DatabaseIntrospector | database introspector}.
       */
      get introspection() {
        return this.#props.dialect.createIntrospector(this.withoutPlugins());
      }
      case(value) {
        return new CaseBuilder({
          node: CaseNode.create(isUndefined(value) ? void 0 : parseExpression(value))
        });
      }
      /**
       * Returns a {@link FunctionModule} that can be used to write somewhat type-safe function
       * calls.
       *
       * ```ts
       * const { count } = db.fn
       *
       * await db.selectFrom('person')
       *   .innerJoin('pet', 'pet.owner_id', 'person.id')
       *   .select([
       *     'id',
       *     count('pet.id').as('person_count'),
       *   ])
       *   .groupBy('person.id')
       *   .having(count('pet.id'), '>', 10)
       *   .execute()
       * ```
       *
       * The generated SQL (PostgreSQL):
       *
       * ```sql
       * select "person"."id", count("pet"."id") as "person_count"
       * from "person"
       * inner join "pet" on "pet"."owner_id" = "person"."id"
       * group by "person"."id"
       * having count("pet"."id") > $1
       * ```
       *
       * Why "somewhat" type-safe? Because the function calls are not bound to the
       * current query context. They allow you to reference columns and tables that
       * are not in the current query. E.g. remove the `innerJoin` from the previous
       * query and TypeScript won't even complain.
       *
       * If you want to make the function calls fully type-safe, you can use the
       * {@link ExpressionBuilder.fn} getter for a query context-aware, stricter {@link FunctionModule}.
       *
       * ```ts
       * await db.selectFrom('person')
       *   .innerJoin('pet', 'pet.owner_id', 'person.id')
       *   .select((eb) => [
       *     'person.id',
       *     eb.fn.count('pet.id').as('pet_count')
       *   ])
       *   .groupBy('person.id')
       *   .having((eb) => eb.fn.count('pet.id'), '>', 10)
       *   .execute()
       * ```
       */
      get fn() {
        return createFunctionModule();
      }
      /**
       * Creates a {@link TransactionBuilder} that can be used to run queries inside a transaction.
       *
       * The returned {@link TransactionBuilder} can be used to configure the transaction. The
       * {@link TransactionBuilder.execute} method can then be called to run the transaction.
       * {@link TransactionBuilder.execute} takes a function that is run inside the
       * transaction. If the function throws an exception,
       * 1. the exception is caught,
       * 2. the transaction is rolled back, and
       * 3. the exception is thrown again.
       * Otherwise the transaction is committed.
       *
       * The callback function passed to the {@link TransactionBuilder.execute | execute}
       * method gets the transaction object as its only argument. The transaction is
       * of type {@link Transaction} which inherits {@link Kysely}. Any query
       * started through the transaction object is executed inside the transaction.
       *
       * To run a controlled transaction, allowing you to commit and rollback manually,
       * use {@link startTransaction} instead.
       *
       * ### Examples
       *
       * <!-- siteExample("transactions", "Simple transaction", 10) -->
       *
       * This example inserts two rows in a transaction. If an exception is thrown inside
       * the callback passed to the `execute` method,
       * 1. the exception is caught,
       * 2. the transaction is rolled back, and
       * 3. the exception is thrown again.
       * Otherwise the transaction is committed.
       *
       * ```ts
       * const catto = await db.transaction().execute(async (trx) => {
       *   const jennifer = await trx.insertInto('person')
       *     .values({
       *       first_name: 'Jennifer',
       *       last_name: 'Aniston',
       *       age: 40,
       *     })
       *     .returning('id')
       *     .executeTakeFirstOrThrow()
       *
       *   return await trx.insertInto('pet')
       *     .values({
       *       owner_id: jennifer.id,
       *       name: 'Catto',
       *       species: 'cat',
       *       is_favorite: false,
       *     })
       *     .returningAll()
       *     .executeTakeFirst()
       * })
       * ```
       *
       * Setting the isolation level:
       *
       * ```ts
       * import type { Kysely } from 'kysely'
       *
       * await db
       *   .transaction()
       *   .setIsolationLevel('serializable')
       *   .execute(async (trx) => {
       *     await doStuff(trx)
       *   })
       *
       * async function doStuff(kysely: typeof db) {
       *   // ...
       * }
       * ```
       */
      transaction() {
        return new TransactionBuilder({ ...this.#props });
      }
      /**
       * Creates a {@link ControlledTransactionBuilder} that can be used to run queries inside a controlled transaction.
       *
       * The returned {@link ControlledTransactionBuilder} can be used to configure the transaction.
       * The {@link ControlledTransactionBuilder.execute} method can then be called
       * to start the transaction and return a {@link ControlledTransaction}.
       *
       * A {@link ControlledTransaction} allows you to commit and rollback manually,
       * execute savepoint commands. It extends {@link Transaction} which extends {@link Kysely},
       * so you can run queries inside the transaction. Once the transaction is committed,
       * or rolled back, it can't be used anymore - all queries will throw an error.
       * This is to prevent accidentally running queries outside the transaction - where
       * atomicity is not guaranteed anymore.
       *
       * ### Examples
       *
       * <!-- siteExample("transactions", "Controlled transaction", 11) -->
       *
       * A controlled transaction allows you to commit and rollback manually, execute
       * savepoint commands, and queries in general.
       *
       * In this example we start a transaction, use it to insert two rows and then commit
       * the transaction. If an error is thrown, we catch it and rollback the transaction.
       *
       * ```ts
       * const trx = await db.startTransaction().execute()
       *
       * try {
       *   const jennifer = await trx.insertInto('person')
       *     .values({
       *       first_name: 'Jennifer',
       *       last_name: 'Aniston',
       *       age: 40,
       *     })
       *     .returning('id')
       *     .executeTakeFirstOrThrow()
       *
       *   const catto = await trx.insertInto('pet')
       *     .values({
       *       owner_id: jennifer.id,
       *       name: 'Catto',
       *       species: 'cat',
       *       is_favorite: false,
       *     })
       *     .returningAll()
       *     .executeTakeFirstOrThrow()
       *
       *   await trx.commit().execute()
       *
       *   // ...
       * } catch (error) {
       *   await trx.rollback().execute()
       * }
       * ```
       *
       * <!-- siteExample("transactions", "Controlled transaction /w savepoints", 12) -->
       *
       * A controlled transaction allows you to commit and rollback manually, execute
       * savepoint commands, and queries in general.
       *
       * In this example we start a transaction, insert a person, create a savepoint,
       * try inserting a toy and a pet, and if an error is thrown, we rollback to the
       * savepoint. Eventually we release the savepoint, insert an audit record and
       * commit the transaction. If an error is thrown, we catch it and rollback the
       * transaction.
       *
       * ```ts
       * const trx = await db.startTransaction().execute()
       *
       * try {
       *   const jennifer = await trx
       *     .insertInto('person')
       *     .values({
       *       first_name: 'Jennifer',
       *       last_name: 'Aniston',
       *       age: 40,
       *     })
       *     .returning('id')
       *     .executeTakeFirstOrThrow()
       *
       *   const trxAfterJennifer = await trx.savepoint('after_jennifer').execute()
       *
       *   try {
       *     const catto = await trxAfterJennifer
       *       .insertInto('pet')
       *       .values({
       *         owner_id: jennifer.id,
       *         name: 'Catto',
       *         species: 'cat',
       *       })
       *       .returning('id')
       *       .executeTakeFirstOrThrow()
       *
       *     await trxAfterJennifer
       *       .insertInto('toy')
       *       .values({ name: 'Bone', price: 1.99, pet_id: catto.id })
       *       .execute()
       *   } catch (error) {
       *     await trxAfterJennifer.rollbackToSavepoint('after_jennifer').execute()
       *   }
       *
       *   await trxAfterJennifer.releaseSavepoint('after_jennifer').execute()
       *
       *   await trx.insertInto('audit').values({ action: 'added Jennifer' }).execute()
       *
       *   await trx.commit().execute()
       * } catch (error) {
       *   await trx.rollback().execute()
       * }
       * ```
       */
      startTransaction() {
        return new ControlledTransactionBuilder({ ...this.#props });
      }
      /**
       * Provides a kysely instance bound to a single database connection.
       *
       * ### Examples
       *
       * ```ts
       * await db
       *   .connection()
       *   .execute(async (db) => {
       *     // `db` is an instance of `Kysely` that's bound to a single
       *     // database connection. All queries executed through `db` use
       *     // the same connection.
       *     await doStuff(db)
       *   })
       *
       * async function doStuff(kysely: typeof db) {
       *   // ...
       * }
       * ```
       */
      connection() {
        return new ConnectionBuilder({ ...this.#props });
      }
      /**
       * Returns a copy of this Kysely instance with the given plugin installed.
       */
      withPlugin(plugin) {
        return new _Kysely({
          ...this.#props,
          executor: this.#props.executor.withPlugin(plugin)
        });
      }
      /**
       * Returns a copy of this Kysely instance without any plugins.
       */
      withoutPlugins() {
        return new _Kysely({
          ...this.#props,
          executor: this.#props.executor.withoutPlugins()
        });
      }
      /**
       * @override
       */
      withSchema(schema) {
        return new _Kysely({
          ...this.#props,
          executor: this.#props.executor.withPluginAtFront(new WithSchemaPlugin(schema))
        });
      }
      /**
       * Returns a copy of this Kysely instance with tables added to its
       * database type.
       *
       * This method only modifies the types and doesn't affect any of the
       * executed queries in any way.
       *
       * ### Examples
       *
       * The following example adds and uses a temporary table:
       *
       * ```ts
       * await db.schema
       *   .createTable('temp_table')
       *   .temporary()
       *   .addColumn('some_column', 'integer')
       *   .execute()
       *
       * const tempDb = db.withTables<{
       *   temp_table: {
       *     some_column: number
       *   }
       * }>()
       *
       * await tempDb
       *   .insertInto('temp_table')
       *   .values({ some_column: 100 })
       *   .execute()
       * ```
       */
      withTables() {
        return new _Kysely({ ...this.#props });
      }
      /**
       * Releases all resources and disconnects from the database.
       *
       * Call this when you are done using the `Kysely` instance and Kysely is
       * responsible for closing its connections, pool, or database instance.
       *
       * If the pool or database instance is shared with other consumers or its
       * lifecycle is managed elsewhere, skip this call. Let the application close it
       * once all consumers, including Kysely, have finished. No separate cleanup of
       * the `Kysely` instance is needed.
       *
       * The driver is initialized lazily. If initialization hasn't started, this
       * method does nothing.
       */
      async destroy() {
        await this.#props.driver.destroy();
      }
      /**
       * Returns true if this `Kysely` instance is a transaction.
       *
       * You can also use `db instanceof Transaction`.
       */
      get isTransaction() {
        return false;
      }
      /**
       * @internal
       * @private
       */
      getExecutor() {
        return this.#props.executor;
      }
      /**
       * Executes a given compiled query or query builder.
       *
       * See {@link https://github.com/kysely-org/kysely/blob/master/site/docs/recipes/0004-splitting-query-building-and-execution.md#execute-compiled-queries splitting build, compile and execute code recipe} for more information.
       */
      executeQuery(query, queryId) {
        if (queryId !== void 0) {
          logOnce("Passing `queryId` in `db.executeQuery` is deprecated and will result in a compile-time error in the future.");
        }
        const compiledQuery = isCompilable(query) ? query.compile() : query;
        return this.getExecutor().executeQuery(compiledQuery);
      }
      async [Symbol.asyncDispose]() {
        await this.destroy();
      }
    };
    Transaction = class _Transaction extends Kysely {
      #props;
      constructor(props) {
        super(props);
        this.#props = props;
      }
      // The return type is `true` instead of `boolean` to make Kysely<DB>
      // unassignable to Transaction<DB> while allowing assignment the
      // other way around.
      get isTransaction() {
        return true;
      }
      transaction() {
        throw new Error("calling the transaction method for a Transaction is not supported");
      }
      connection() {
        throw new Error("calling the connection method for a Transaction is not supported");
      }
      async destroy() {
        throw new Error("calling the destroy method for a Transaction is not supported");
      }
      withPlugin(plugin) {
        return new _Transaction({
          ...this.#props,
          executor: this.#props.executor.withPlugin(plugin)
        });
      }
      withoutPlugins() {
        return new _Transaction({
          ...this.#props,
          executor: this.#props.executor.withoutPlugins()
        });
      }
      withSchema(schema) {
        return new _Transaction({
          ...this.#props,
          executor: this.#props.executor.withPluginAtFront(new WithSchemaPlugin(schema))
        });
      }
      withTables() {
        return new _Transaction({ ...this.#props });
      }
    };
    ConnectionBuilder = class {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      async execute(callback) {
        return this.#props.executor.provideConnection(async (connection) => {
          const executor = this.#props.executor.withConnectionProvider(new SingleConnectionProvider(connection));
          const db = new Kysely({
            ...this.#props,
            executor
          });
          return await callback(db);
        });
      }
    };
    TransactionBuilder = class _TransactionBuilder {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      setAccessMode(accessMode) {
        return new _TransactionBuilder({
          ...this.#props,
          accessMode
        });
      }
      setIsolationLevel(isolationLevel) {
        return new _TransactionBuilder({
          ...this.#props,
          isolationLevel
        });
      }
      async execute(callback) {
        const { isolationLevel, accessMode, ...kyselyProps } = this.#props;
        const settings = { isolationLevel, accessMode };
        validateTransactionSettings(settings);
        return this.#props.executor.provideConnection(async (connection) => {
          const transactionState = {
            status: "active"
          };
          const executor = new NotCommittedOrRolledBackAssertingExecutor(this.#props.executor.withConnectionProvider(new SingleConnectionProvider(connection)), transactionState);
          const transaction = new Transaction({
            ...kyselyProps,
            executor
          });
          let transactionBegun = false;
          try {
            await this.#props.driver.beginTransaction(connection, settings);
            transactionBegun = true;
            const result = await callback(transaction);
            await this.#props.driver.commitTransaction(connection);
            transactionState.status = "committed";
            return result;
          } catch (error) {
            if (isAbortedTransactionError(error)) {
              transactionState.status = "aborted";
            } else if (transactionBegun) {
              await this.#props.driver.rollbackTransaction(connection);
              transactionState.status = "rolled back";
            }
            throw error;
          }
        });
      }
    };
    ControlledTransactionBuilder = class _ControlledTransactionBuilder {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      setAccessMode(accessMode) {
        return new _ControlledTransactionBuilder({
          ...this.#props,
          accessMode
        });
      }
      setIsolationLevel(isolationLevel) {
        return new _ControlledTransactionBuilder({
          ...this.#props,
          isolationLevel
        });
      }
      async execute() {
        const { isolationLevel, accessMode, ...props } = this.#props;
        const settings = { isolationLevel, accessMode };
        validateTransactionSettings(settings);
        const connection = await provideControlledConnection(this.#props.executor);
        try {
          await this.#props.driver.beginTransaction(connection.connection, settings);
        } catch (error) {
          connection.release();
          throw error;
        }
        return new ControlledTransaction({
          ...props,
          connection,
          transactionState: { status: "active" },
          executor: this.#props.executor.withConnectionProvider(new SingleConnectionProvider(connection.connection))
        });
      }
    };
    ControlledTransaction = class _ControlledTransaction extends Transaction {
      #props;
      #compileQuery;
      constructor(props) {
        const controlledState = props.transactionState ?? {
          status: "active"
        };
        const controlledProps = {
          ...props,
          transactionState: controlledState,
          executor: new NotCommittedOrRolledBackAssertingExecutor(props.executor, controlledState)
        };
        const { connection, transactionState, ...transactionProps } = controlledProps;
        super(transactionProps);
        this.#props = freeze(controlledProps);
        const queryId = createQueryId();
        this.#compileQuery = (node) => controlledProps.executor.compileQuery(node, queryId);
      }
      get isCommitted() {
        return this.#props.transactionState.status === "committed";
      }
      get isRolledBack() {
        return this.#props.transactionState.status === "rolled back" || this.#props.transactionState.status === "aborted";
      }
      /**
       * Commits the transaction.
       *
       * If the database rolls back instead of committing, marks the transaction
       * as rolled back, releases the connection and throws {@link AbortedTransactionError}.
       *
       * Waits for ongoing queries to finish. Streams must be exhausted or closed
       * before awaiting this command. When consuming a stream with `for await`,
       * exit the loop before committing.
       *
       * See {@link rollback}.
       *
       * ### Examples
       *
       * ```ts
       * import type { Kysely } from 'kysely'
       * import type { Database } from 'type-editor' // imaginary module
       *
       * const trx = await db.startTransaction().execute()
       *
       * try {
       *   await doSomething(trx)
       *
       *   await trx.commit().execute()
       * } catch (error) {
       *   await trx.rollback().execute()
       * }
       *
       * async function doSomething(kysely: Kysely<Database>) {}
       * ```
       */
      commit() {
        return new Command2(async () => {
          await this.#props.executor.provideConnection(async (connection) => {
            try {
              await this.#props.driver.commitTransaction(connection);
            } catch (error) {
              if (isAbortedTransactionError(error)) {
                this.#props.transactionState.status = "aborted";
                this.#props.connection.release();
              }
              throw error;
            }
            this.#props.transactionState.status = "committed";
            this.#props.connection.release();
          });
        });
      }
      /**
       * Rolls back the transaction.
       *
       * If a commit already reported that the database rolled back the transaction,
       * succeeds without sending another rollback command.
       *
       * The connection is released even if the rollback fails, so the transaction
       * cannot be used afterwards in either case.
       *
       * Waits for ongoing queries to finish. Streams must be exhausted or closed
       * before awaiting this command. When consuming a stream with `for await`,
       * exit the loop before rolling back.
       *
       * See {@link commit} and {@link rollbackToSavepoint}.
       *
       * ### Examples
       *
       * ```ts
       * import type { Kysely } from 'kysely'
       * import type { Database } from 'type-editor' // imaginary module
       *
       * const trx = await db.startTransaction().execute()
       *
       * try {
       *   await doSomething(trx)
       *
       *   await trx.commit().execute()
       * } catch (error) {
       *   await trx.rollback().execute()
       * }
       *
       * async function doSomething(kysely: Kysely<Database>) {}
       * ```
       */
      rollback() {
        return new Command2(async () => {
          if (this.#props.transactionState.status === "aborted") {
            return;
          }
          await this.#props.executor.provideConnection(async (connection) => {
            try {
              await this.#props.driver.rollbackTransaction(connection);
            } finally {
              this.#props.transactionState.status = "rolled back";
              this.#props.connection.release();
            }
          });
        });
      }
      /**
       * Creates a savepoint with a given name.
       *
       * Waits for ongoing queries to finish. Streams must be exhausted or closed
       * before awaiting this command. When consuming a stream with `for await`,
       * exit the loop before creating a savepoint.
       *
       * See {@link rollbackToSavepoint} and {@link releaseSavepoint}.
       *
       * For a type-safe experience, you should use the returned instance from now on.
       *
       * ### Examples
       *
       * ```ts
       * import type { Kysely } from 'kysely'
       * import type { Database } from 'type-editor' // imaginary module
       *
       * const trx = await db.startTransaction().execute()
       *
       * await insertJennifer(trx)
       *
       * const trxAfterJennifer = await trx.savepoint('after_jennifer').execute()
       *
       * try {
       *   await doSomething(trxAfterJennifer)
       * } catch (error) {
       *   await trxAfterJennifer.rollbackToSavepoint('after_jennifer').execute()
       * }
       *
       * async function insertJennifer(kysely: Kysely<Database>) {}
       * async function doSomething(kysely: Kysely<Database>) {}
       * ```
       */
      savepoint(savepointName) {
        return new Command2(async () => {
          await this.#props.executor.provideConnection(async (connection) => {
            await this.#props.driver.savepoint?.(connection, savepointName, this.#compileQuery);
          });
          return new _ControlledTransaction({ ...this.#props });
        });
      }
      /**
       * Rolls back to a savepoint with a given name.
       *
       * Waits for ongoing queries to finish. Streams must be exhausted or closed
       * before awaiting this command. When consuming a stream with `for await`,
       * exit the loop before rolling back to a savepoint.
       *
       * See {@link savepoint} and {@link releaseSavepoint}.
       *
       * You must use the same instance returned by {@link savepoint}, or
       * escape the type-check by using `as any`.
       *
       * ### Examples
       *
       * ```ts
       * import type { Kysely } from 'kysely'
       * import type { Database } from 'type-editor' // imaginary module
       *
       * const trx = await db.startTransaction().execute()
       *
       * await insertJennifer(trx)
       *
       * const trxAfterJennifer = await trx.savepoint('after_jennifer').execute()
       *
       * try {
       *   await doSomething(trxAfterJennifer)
       * } catch (error) {
       *   await trxAfterJennifer.rollbackToSavepoint('after_jennifer').execute()
       * }
       *
       * async function insertJennifer(kysely: Kysely<Database>) {}
       * async function doSomething(kysely: Kysely<Database>) {}
       * ```
       */
      rollbackToSavepoint(savepointName) {
        return new Command2(async () => {
          await this.#props.executor.provideConnection(async (connection) => {
            await this.#props.driver.rollbackToSavepoint?.(connection, savepointName, this.#compileQuery);
          });
          return new _ControlledTransaction({ ...this.#props });
        });
      }
      /**
       * Releases a savepoint with a given name.
       *
       * Waits for ongoing queries to finish. Streams must be exhausted or closed
       * before awaiting this command. When consuming a stream with `for await`,
       * exit the loop before releasing a savepoint.
       *
       * See {@link savepoint} and {@link rollbackToSavepoint}.
       *
       * You must use the same instance returned by {@link savepoint}, or
       * escape the type-check by using `as any`.
       *
       * ### Examples
       *
       * ```ts
       * import type { Kysely } from 'kysely'
       * import type { Database } from 'type-editor' // imaginary module
       *
       * const trx = await db.startTransaction().execute()
       *
       * await insertJennifer(trx)
       *
       * const trxAfterJennifer = await trx.savepoint('after_jennifer').execute()
       *
       * try {
       *   await doSomething(trxAfterJennifer)
       * } catch (error) {
       *   await trxAfterJennifer.rollbackToSavepoint('after_jennifer').execute()
       * }
       *
       * await trxAfterJennifer.releaseSavepoint('after_jennifer').execute()
       *
       * await doSomethingElse(trx)
       *
       * async function insertJennifer(kysely: Kysely<Database>) {}
       * async function doSomething(kysely: Kysely<Database>) {}
       * async function doSomethingElse(kysely: Kysely<Database>) {}
       * ```
       */
      releaseSavepoint(savepointName) {
        return new Command2(async () => {
          await this.#props.executor.provideConnection(async (connection) => {
            await this.#props.driver.releaseSavepoint?.(connection, savepointName, this.#compileQuery);
          });
          return new _ControlledTransaction({ ...this.#props });
        });
      }
      withPlugin(plugin) {
        return new _ControlledTransaction({
          ...this.#props,
          executor: this.#props.executor.withPlugin(plugin)
        });
      }
      withoutPlugins() {
        return new _ControlledTransaction({
          ...this.#props,
          executor: this.#props.executor.withoutPlugins()
        });
      }
      withSchema(schema) {
        return new _ControlledTransaction({
          ...this.#props,
          executor: this.#props.executor.withPluginAtFront(new WithSchemaPlugin(schema))
        });
      }
      withTables() {
        return new _ControlledTransaction({ ...this.#props });
      }
    };
    Command2 = class {
      #cb;
      constructor(cb) {
        this.#cb = cb;
      }
      /**
       * Executes the command.
       */
      async execute() {
        return await this.#cb();
      }
    };
    NotCommittedOrRolledBackAssertingExecutor = class _NotCommittedOrRolledBackAssertingExecutor {
      #executor;
      #transactionState;
      constructor(executor, transactionState) {
        this.#executor = executor instanceof _NotCommittedOrRolledBackAssertingExecutor ? executor.#executor : executor;
        this.#transactionState = transactionState;
      }
      get adapter() {
        return this.#executor.adapter;
      }
      get plugins() {
        return this.#executor.plugins;
      }
      transformQuery(node, queryId) {
        return this.#executor.transformQuery(node, queryId);
      }
      compileQuery(node, queryId) {
        return this.#executor.compileQuery(node, queryId);
      }
      provideConnection(consumer) {
        assertNotCommittedOrRolledBack(this.#transactionState);
        return this.#executor.provideConnection(async (connection) => {
          assertNotCommittedOrRolledBack(this.#transactionState);
          return await consumer(connection);
        });
      }
      executeQuery(compiledQuery) {
        assertNotCommittedOrRolledBack(this.#transactionState);
        return this.#executor.withConnectionProvider(this).executeQuery(compiledQuery);
      }
      stream(compiledQuery, chunkSize) {
        assertNotCommittedOrRolledBack(this.#transactionState);
        return this.#executor.withConnectionProvider(this).stream(compiledQuery, chunkSize);
      }
      withConnectionProvider(connectionProvider) {
        return new _NotCommittedOrRolledBackAssertingExecutor(this.#executor.withConnectionProvider(connectionProvider), this.#transactionState);
      }
      withPlugin(plugin) {
        return new _NotCommittedOrRolledBackAssertingExecutor(this.#executor.withPlugin(plugin), this.#transactionState);
      }
      withPlugins(plugins) {
        return new _NotCommittedOrRolledBackAssertingExecutor(this.#executor.withPlugins(plugins), this.#transactionState);
      }
      withPluginAtFront(plugin) {
        return new _NotCommittedOrRolledBackAssertingExecutor(this.#executor.withPluginAtFront(plugin), this.#transactionState);
      }
      withoutPlugins() {
        return new _NotCommittedOrRolledBackAssertingExecutor(this.#executor.withoutPlugins(), this.#transactionState);
      }
    };
  }
});

// node_modules/kysely/dist/esm/query-builder/where-interface.js
var init_where_interface = __esm({
  "node_modules/kysely/dist/esm/query-builder/where-interface.js"() {
  }
});

// node_modules/kysely/dist/esm/query-builder/returning-interface.js
var init_returning_interface = __esm({
  "node_modules/kysely/dist/esm/query-builder/returning-interface.js"() {
  }
});

// node_modules/kysely/dist/esm/query-builder/output-interface.js
var init_output_interface = __esm({
  "node_modules/kysely/dist/esm/query-builder/output-interface.js"() {
  }
});

// node_modules/kysely/dist/esm/query-builder/having-interface.js
var init_having_interface = __esm({
  "node_modules/kysely/dist/esm/query-builder/having-interface.js"() {
  }
});

// node_modules/kysely/dist/esm/query-builder/order-by-interface.js
var init_order_by_interface = __esm({
  "node_modules/kysely/dist/esm/query-builder/order-by-interface.js"() {
  }
});

// node_modules/kysely/dist/esm/raw-builder/raw-builder.js
function createRawBuilder(props) {
  return new RawBuilderImpl(props);
}
var RawBuilderImpl, AliasedRawBuilderImpl;
var init_raw_builder = __esm({
  "node_modules/kysely/dist/esm/raw-builder/raw-builder.js"() {
    init_alias_node();
    init_object_utils();
    init_noop_query_executor();
    init_identifier_node();
    init_operation_node_source();
    RawBuilderImpl = class _RawBuilderImpl {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      get expressionType() {
        return void 0;
      }
      get isRawBuilder() {
        return true;
      }
      as(alias) {
        return new AliasedRawBuilderImpl(this, alias);
      }
      $castTo() {
        return new _RawBuilderImpl({ ...this.#props });
      }
      $notNull() {
        return new _RawBuilderImpl(this.#props);
      }
      withPlugin(plugin) {
        return new _RawBuilderImpl({
          ...this.#props,
          plugins: this.#props.plugins !== void 0 ? freeze([...this.#props.plugins, plugin]) : freeze([plugin])
        });
      }
      toOperationNode() {
        return this.#toOperationNode(this.#getExecutor());
      }
      compile(executorProvider) {
        return this.#compile(this.#getExecutor(executorProvider));
      }
      async execute(executorProvider) {
        const executor = this.#getExecutor(executorProvider);
        return executor.executeQuery(this.#compile(executor));
      }
      #getExecutor(executorProvider) {
        const executor = executorProvider !== void 0 ? executorProvider.getExecutor() : NOOP_QUERY_EXECUTOR;
        return this.#props.plugins !== void 0 ? executor.withPlugins(this.#props.plugins) : executor;
      }
      #toOperationNode(executor) {
        return executor.transformQuery(this.#props.rawNode, this.#props.queryId);
      }
      #compile(executor) {
        return executor.compileQuery(this.#toOperationNode(executor), this.#props.queryId);
      }
    };
    AliasedRawBuilderImpl = class {
      #rawBuilder;
      #alias;
      constructor(rawBuilder, alias) {
        this.#rawBuilder = rawBuilder;
        this.#alias = alias;
      }
      get expression() {
        return this.#rawBuilder;
      }
      get alias() {
        return this.#alias;
      }
      get rawBuilder() {
        return this.#rawBuilder;
      }
      toOperationNode() {
        return AliasNode.create(this.#rawBuilder.toOperationNode(), isOperationNodeSource(this.#alias) ? this.#alias.toOperationNode() : IdentifierNode.create(this.#alias));
      }
    };
  }
});

// node_modules/kysely/dist/esm/raw-builder/sql.js
function parseParameter(param) {
  if (isOperationNodeSource(param)) {
    return param.toOperationNode();
  }
  return parseValueExpression(param);
}
var sql;
var init_sql = __esm({
  "node_modules/kysely/dist/esm/raw-builder/sql.js"() {
    init_identifier_node();
    init_operation_node_source();
    init_raw_node();
    init_value_node();
    init_reference_parser();
    init_table_parser();
    init_value_parser();
    init_query_id();
    init_raw_builder();
    sql = Object.assign((sqlFragments, ...parameters) => {
      return createRawBuilder({
        queryId: createQueryId(),
        rawNode: RawNode.create(sqlFragments, parameters?.map(parseParameter) ?? [])
      });
    }, {
      ref(columnReference) {
        return createRawBuilder({
          queryId: createQueryId(),
          rawNode: RawNode.createWithChild(parseStringReference(columnReference))
        });
      },
      val(value) {
        return createRawBuilder({
          queryId: createQueryId(),
          rawNode: RawNode.createWithChild(parseValueExpression(value))
        });
      },
      value(value) {
        return this.val(value);
      },
      table(tableReference) {
        return createRawBuilder({
          queryId: createQueryId(),
          rawNode: RawNode.createWithChild(parseTable(tableReference))
        });
      },
      id(...ids) {
        const fragments = new Array(ids.length + 1).fill(".");
        fragments[0] = "";
        fragments[fragments.length - 1] = "";
        return createRawBuilder({
          queryId: createQueryId(),
          rawNode: RawNode.create(fragments, ids.map(IdentifierNode.create))
        });
      },
      lit(value) {
        return createRawBuilder({
          queryId: createQueryId(),
          rawNode: RawNode.createWithChild(ValueNode.createImmediate(value))
        });
      },
      literal(value) {
        return this.lit(value);
      },
      raw(sql2) {
        return createRawBuilder({
          queryId: createQueryId(),
          rawNode: RawNode.createWithSql(sql2)
        });
      },
      join(array, separator = sql`, `) {
        const nodes = new Array(Math.max(2 * array.length - 1, 0));
        const sep = separator.toOperationNode();
        for (let i = 0; i < array.length; ++i) {
          nodes[2 * i] = parseParameter(array[i]);
          if (i !== array.length - 1) {
            nodes[2 * i + 1] = sep;
          }
        }
        return createRawBuilder({
          queryId: createQueryId(),
          rawNode: RawNode.createWithChildren(nodes)
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/query-executor/query-executor.js
var init_query_executor = __esm({
  "node_modules/kysely/dist/esm/query-executor/query-executor.js"() {
  }
});

// node_modules/kysely/dist/esm/query-executor/query-executor-provider.js
var init_query_executor_provider = __esm({
  "node_modules/kysely/dist/esm/query-executor/query-executor-provider.js"() {
  }
});

// node_modules/kysely/dist/esm/operation-node/operation-node-visitor.js
var OperationNodeVisitor;
var init_operation_node_visitor = __esm({
  "node_modules/kysely/dist/esm/operation-node/operation-node-visitor.js"() {
    init_object_utils();
    OperationNodeVisitor = class {
      nodeStack = [];
      get parentNode() {
        return this.nodeStack[this.nodeStack.length - 2];
      }
      #visitors = freeze({
        AliasNode: this.visitAlias.bind(this),
        ColumnNode: this.visitColumn.bind(this),
        IdentifierNode: this.visitIdentifier.bind(this),
        SchemableIdentifierNode: this.visitSchemableIdentifier.bind(this),
        RawNode: this.visitRaw.bind(this),
        ReferenceNode: this.visitReference.bind(this),
        SelectQueryNode: this.visitSelectQuery.bind(this),
        SelectionNode: this.visitSelection.bind(this),
        TableNode: this.visitTable.bind(this),
        FromNode: this.visitFrom.bind(this),
        SelectAllNode: this.visitSelectAll.bind(this),
        AndNode: this.visitAnd.bind(this),
        OrNode: this.visitOr.bind(this),
        ValueNode: this.visitValue.bind(this),
        ValueListNode: this.visitValueList.bind(this),
        PrimitiveValueListNode: this.visitPrimitiveValueList.bind(this),
        ParensNode: this.visitParens.bind(this),
        JoinNode: this.visitJoin.bind(this),
        OperatorNode: this.visitOperator.bind(this),
        WhereNode: this.visitWhere.bind(this),
        InsertQueryNode: this.visitInsertQuery.bind(this),
        DeleteQueryNode: this.visitDeleteQuery.bind(this),
        ReturningNode: this.visitReturning.bind(this),
        CreateTableNode: this.visitCreateTable.bind(this),
        AddColumnNode: this.visitAddColumn.bind(this),
        ColumnDefinitionNode: this.visitColumnDefinition.bind(this),
        DropTableNode: this.visitDropTable.bind(this),
        DataTypeNode: this.visitDataType.bind(this),
        OrderByNode: this.visitOrderBy.bind(this),
        OrderByItemNode: this.visitOrderByItem.bind(this),
        GroupByNode: this.visitGroupBy.bind(this),
        GroupByItemNode: this.visitGroupByItem.bind(this),
        UpdateQueryNode: this.visitUpdateQuery.bind(this),
        ColumnUpdateNode: this.visitColumnUpdate.bind(this),
        LimitNode: this.visitLimit.bind(this),
        OffsetNode: this.visitOffset.bind(this),
        OnConflictNode: this.visitOnConflict.bind(this),
        OnDuplicateKeyNode: this.visitOnDuplicateKey.bind(this),
        CreateIndexNode: this.visitCreateIndex.bind(this),
        DropIndexNode: this.visitDropIndex.bind(this),
        ListNode: this.visitList.bind(this),
        PrimaryKeyConstraintNode: this.visitPrimaryKeyConstraint.bind(this),
        UniqueConstraintNode: this.visitUniqueConstraint.bind(this),
        ReferencesNode: this.visitReferences.bind(this),
        CheckConstraintNode: this.visitCheckConstraint.bind(this),
        WithNode: this.visitWith.bind(this),
        CommonTableExpressionNode: this.visitCommonTableExpression.bind(this),
        CommonTableExpressionNameNode: this.visitCommonTableExpressionName.bind(this),
        HavingNode: this.visitHaving.bind(this),
        CreateSchemaNode: this.visitCreateSchema.bind(this),
        DropSchemaNode: this.visitDropSchema.bind(this),
        AlterTableNode: this.visitAlterTable.bind(this),
        DropColumnNode: this.visitDropColumn.bind(this),
        RenameColumnNode: this.visitRenameColumn.bind(this),
        AlterColumnNode: this.visitAlterColumn.bind(this),
        ModifyColumnNode: this.visitModifyColumn.bind(this),
        AddConstraintNode: this.visitAddConstraint.bind(this),
        DropConstraintNode: this.visitDropConstraint.bind(this),
        RenameConstraintNode: this.visitRenameConstraint.bind(this),
        ForeignKeyConstraintNode: this.visitForeignKeyConstraint.bind(this),
        CreateViewNode: this.visitCreateView.bind(this),
        RefreshMaterializedViewNode: this.visitRefreshMaterializedView.bind(this),
        DropViewNode: this.visitDropView.bind(this),
        GeneratedNode: this.visitGenerated.bind(this),
        DefaultValueNode: this.visitDefaultValue.bind(this),
        OnNode: this.visitOn.bind(this),
        ValuesNode: this.visitValues.bind(this),
        SelectModifierNode: this.visitSelectModifier.bind(this),
        CreateTypeNode: this.visitCreateType.bind(this),
        DropTypeNode: this.visitDropType.bind(this),
        ExplainNode: this.visitExplain.bind(this),
        DefaultInsertValueNode: this.visitDefaultInsertValue.bind(this),
        AggregateFunctionNode: this.visitAggregateFunction.bind(this),
        OverNode: this.visitOver.bind(this),
        PartitionByNode: this.visitPartitionBy.bind(this),
        PartitionByItemNode: this.visitPartitionByItem.bind(this),
        SetOperationNode: this.visitSetOperation.bind(this),
        BinaryOperationNode: this.visitBinaryOperation.bind(this),
        UnaryOperationNode: this.visitUnaryOperation.bind(this),
        UsingNode: this.visitUsing.bind(this),
        FunctionNode: this.visitFunction.bind(this),
        CaseNode: this.visitCase.bind(this),
        WhenNode: this.visitWhen.bind(this),
        JSONReferenceNode: this.visitJSONReference.bind(this),
        JSONPathNode: this.visitJSONPath.bind(this),
        JSONPathLegNode: this.visitJSONPathLeg.bind(this),
        JSONOperatorChainNode: this.visitJSONOperatorChain.bind(this),
        TupleNode: this.visitTuple.bind(this),
        MergeQueryNode: this.visitMergeQuery.bind(this),
        MatchedNode: this.visitMatched.bind(this),
        AddIndexNode: this.visitAddIndex.bind(this),
        CastNode: this.visitCast.bind(this),
        FetchNode: this.visitFetch.bind(this),
        TopNode: this.visitTop.bind(this),
        OutputNode: this.visitOutput.bind(this),
        OrActionNode: this.visitOrAction.bind(this),
        CollateNode: this.visitCollate.bind(this)
      });
      visitNode = (node) => {
        this.nodeStack.push(node);
        this.#visitors[node.kind](node);
        this.nodeStack.pop();
      };
    };
  }
});

// node_modules/kysely/dist/esm/query-compiler/default-query-compiler.js
var LIT_WRAP_REGEX, JSON_PATH_MEMBER_WRAP_REGEX, DefaultQueryCompiler, SELECT_MODIFIER_SQL, SELECT_MODIFIER_PRIORITY, JOIN_TYPE_SQL;
var init_default_query_compiler = __esm({
  "node_modules/kysely/dist/esm/query-compiler/default-query-compiler.js"() {
    init_create_table_node();
    init_insert_query_node();
    init_operation_node_visitor();
    init_operator_node();
    init_parens_node();
    init_raw_node();
    init_object_utils();
    init_create_view_node();
    init_set_operation_node();
    init_when_node();
    init_log_once();
    LIT_WRAP_REGEX = /'/g;
    JSON_PATH_MEMBER_WRAP_REGEX = /['"]/g;
    DefaultQueryCompiler = class extends OperationNodeVisitor {
      #sql = "";
      #parameters = [];
      get numParameters() {
        return this.#parameters.length;
      }
      compileQuery(node, queryId) {
        this.#sql = "";
        this.#parameters = [];
        this.nodeStack.splice(0, this.nodeStack.length);
        this.visitNode(node);
        return freeze({
          query: node,
          queryId,
          sql: this.getSql(),
          parameters: [...this.#parameters]
        });
      }
      getSql() {
        return this.#sql;
      }
      visitSelectQuery(node) {
        const wrapInParens = this.parentNode !== void 0 && !ParensNode.is(this.parentNode) && !InsertQueryNode.is(this.parentNode) && !CreateTableNode.is(this.parentNode) && !CreateViewNode.is(this.parentNode) && !SetOperationNode.is(this.parentNode);
        if (this.parentNode === void 0 && node.explain) {
          this.visitNode(node.explain);
          this.append(" ");
        }
        if (wrapInParens) {
          this.append("(");
        }
        if (node.with) {
          this.visitNode(node.with);
          this.append(" ");
        }
        this.append("select");
        if (node.distinctOn) {
          this.append(" ");
          this.compileDistinctOn(node.distinctOn);
        }
        if (node.frontModifiers?.length) {
          this.append(" ");
          this.compileList(node.frontModifiers, " ");
        }
        if (node.top) {
          this.append(" ");
          this.visitNode(node.top);
        }
        if (node.selections) {
          this.append(" ");
          this.compileList(node.selections);
        }
        if (node.from) {
          this.append(" ");
          this.visitNode(node.from);
        }
        if (node.joins) {
          this.append(" ");
          this.compileList(node.joins, " ");
        }
        if (node.where) {
          this.append(" ");
          this.visitNode(node.where);
        }
        if (node.groupBy) {
          this.append(" ");
          this.visitNode(node.groupBy);
        }
        if (node.having) {
          this.append(" ");
          this.visitNode(node.having);
        }
        if (node.setOperations) {
          this.append(" ");
          this.compileList(node.setOperations, " ");
        }
        if (node.orderBy) {
          this.append(" ");
          this.visitNode(node.orderBy);
        }
        if (node.limit) {
          this.append(" ");
          this.visitNode(node.limit);
        }
        if (node.offset) {
          this.append(" ");
          this.visitNode(node.offset);
        }
        if (node.fetch) {
          this.append(" ");
          this.visitNode(node.fetch);
        }
        if (node.endModifiers?.length) {
          this.append(" ");
          this.compileList(this.sortSelectModifiers([...node.endModifiers]), " ");
        }
        if (wrapInParens) {
          this.append(")");
        }
      }
      visitFrom(node) {
        this.append("from ");
        this.compileList(node.froms);
      }
      visitSelection(node) {
        this.visitNode(node.selection);
      }
      visitColumn(node) {
        this.visitNode(node.column);
      }
      compileDistinctOn(expressions) {
        this.append("distinct on (");
        this.compileList(expressions);
        this.append(")");
      }
      compileList(nodes, separator = ", ") {
        const lastIndex = nodes.length - 1;
        for (let i = 0; i <= lastIndex; i++) {
          this.visitNode(nodes[i]);
          if (i < lastIndex) {
            this.append(separator);
          }
        }
      }
      visitWhere(node) {
        this.append("where ");
        this.visitNode(node.where);
      }
      visitHaving(node) {
        this.append("having ");
        this.visitNode(node.having);
      }
      visitInsertQuery(node) {
        const wrapInParens = this.parentNode !== void 0 && !ParensNode.is(this.parentNode) && !RawNode.is(this.parentNode) && !WhenNode.is(this.parentNode);
        if (this.parentNode === void 0 && node.explain) {
          this.visitNode(node.explain);
          this.append(" ");
        }
        if (wrapInParens) {
          this.append("(");
        }
        if (node.with) {
          this.visitNode(node.with);
          this.append(" ");
        }
        this.append(node.replace ? "replace" : "insert");
        if (node.ignore) {
          logOnce("`InsertQueryNode.ignore` is deprecated. Use `InsertQueryNode.orAction` instead.");
          this.append(" ignore");
        }
        if (node.orAction) {
          this.append(" ");
          this.visitNode(node.orAction);
        }
        if (node.top) {
          this.append(" ");
          this.visitNode(node.top);
        }
        if (node.into) {
          this.append(" into ");
          this.visitNode(node.into);
        }
        if (node.columns) {
          this.append(" (");
          this.compileList(node.columns);
          this.append(")");
        }
        if (node.output) {
          this.append(" ");
          this.visitNode(node.output);
        }
        if (node.values) {
          this.append(" ");
          this.visitNode(node.values);
        }
        if (node.defaultValues) {
          this.append(" ");
          this.append("default values");
        }
        if (node.onConflict) {
          this.append(" ");
          this.visitNode(node.onConflict);
        }
        if (node.onDuplicateKey) {
          this.append(" ");
          this.visitNode(node.onDuplicateKey);
        }
        if (node.returning) {
          this.append(" ");
          this.visitNode(node.returning);
        }
        if (wrapInParens) {
          this.append(")");
        }
        if (node.endModifiers?.length) {
          this.append(" ");
          this.compileList(node.endModifiers, " ");
        }
      }
      visitValues(node) {
        this.append("values ");
        this.compileList(node.values);
      }
      visitDeleteQuery(node) {
        const wrapInParens = this.parentNode !== void 0 && !ParensNode.is(this.parentNode) && !RawNode.is(this.parentNode);
        if (this.parentNode === void 0 && node.explain) {
          this.visitNode(node.explain);
          this.append(" ");
        }
        if (wrapInParens) {
          this.append("(");
        }
        if (node.with) {
          this.visitNode(node.with);
          this.append(" ");
        }
        this.append("delete ");
        if (node.top) {
          this.visitNode(node.top);
          this.append(" ");
        }
        this.visitNode(node.from);
        if (node.output) {
          this.append(" ");
          this.visitNode(node.output);
        }
        if (node.using) {
          this.append(" ");
          this.visitNode(node.using);
        }
        if (node.joins) {
          this.append(" ");
          this.compileList(node.joins, " ");
        }
        if (node.where) {
          this.append(" ");
          this.visitNode(node.where);
        }
        if (node.returning) {
          this.append(" ");
          this.visitNode(node.returning);
        }
        if (node.orderBy) {
          this.append(" ");
          this.visitNode(node.orderBy);
        }
        if (node.limit) {
          this.append(" ");
          this.visitNode(node.limit);
        }
        if (wrapInParens) {
          this.append(")");
        }
        if (node.endModifiers?.length) {
          this.append(" ");
          this.compileList(node.endModifiers, " ");
        }
      }
      visitReturning(node) {
        this.append("returning ");
        this.compileList(node.selections);
      }
      visitAlias(node) {
        this.visitNode(node.node);
        this.append(" as ");
        this.visitNode(node.alias);
      }
      visitReference(node) {
        if (node.table) {
          this.visitNode(node.table);
          this.append(".");
        }
        this.visitNode(node.column);
      }
      visitSelectAll(_) {
        this.append("*");
      }
      visitIdentifier(node) {
        this.append(this.getLeftIdentifierWrapper());
        this.compileUnwrappedIdentifier(node);
        this.append(this.getRightIdentifierWrapper());
      }
      compileUnwrappedIdentifier(node) {
        if (!isString(node.name)) {
          throw new Error("a non-string identifier was passed to compileUnwrappedIdentifier.");
        }
        this.append(this.sanitizeIdentifier(node.name));
      }
      visitAnd(node) {
        this.visitNode(node.left);
        this.append(" and ");
        this.visitNode(node.right);
      }
      visitOr(node) {
        this.visitNode(node.left);
        this.append(" or ");
        this.visitNode(node.right);
      }
      visitValue(node) {
        if (node.immediate) {
          this.appendImmediateValue(node.value);
        } else {
          this.appendValue(node.value);
        }
      }
      visitValueList(node) {
        this.append("(");
        this.compileList(node.values);
        this.append(")");
      }
      visitTuple(node) {
        this.append("(");
        this.compileList(node.values);
        this.append(")");
      }
      visitPrimitiveValueList(node) {
        this.append("(");
        const { values } = node;
        for (let i = 0; i < values.length; ++i) {
          this.appendValue(values[i]);
          if (i !== values.length - 1) {
            this.append(", ");
          }
        }
        this.append(")");
      }
      visitParens(node) {
        this.append("(");
        this.visitNode(node.node);
        this.append(")");
      }
      visitJoin(node) {
        this.append(JOIN_TYPE_SQL[node.joinType]);
        this.append(" ");
        this.visitNode(node.table);
        if (node.on) {
          this.append(" ");
          this.visitNode(node.on);
        }
      }
      visitOn(node) {
        this.append("on ");
        this.visitNode(node.on);
      }
      visitRaw(node) {
        const { sqlFragments, parameters: params } = node;
        for (let i = 0; i < sqlFragments.length; ++i) {
          this.append(sqlFragments[i]);
          if (params.length > i) {
            this.visitNode(params[i]);
          }
        }
      }
      visitOperator(node) {
        this.append(node.operator);
      }
      visitTable(node) {
        this.visitNode(node.table);
      }
      visitSchemableIdentifier(node) {
        if (node.schema) {
          this.visitNode(node.schema);
          this.append(".");
        }
        this.visitNode(node.identifier);
      }
      visitCreateTable(node) {
        this.append("create ");
        if (node.frontModifiers?.length) {
          this.compileList(node.frontModifiers, " ");
          this.append(" ");
        }
        if (node.temporary) {
          this.append("temporary ");
        }
        this.append("table ");
        if (node.ifNotExists) {
          this.append("if not exists ");
        }
        this.visitNode(node.table);
        if (!node.selectQuery) {
          this.append(" (");
          this.compileList([...node.columns, ...node.constraints ?? []]);
          this.append(")");
        }
        if (node.onCommit) {
          this.append(" on commit ");
          this.append(node.onCommit);
        }
        if (node.endModifiers?.length) {
          this.append(" ");
          this.compileList(node.endModifiers, " ");
        }
        if (node.selectQuery) {
          this.append(" as ");
          this.visitNode(node.selectQuery);
        }
      }
      visitColumnDefinition(node) {
        if (node.ifNotExists) {
          this.append("if not exists ");
        }
        this.visitNode(node.column);
        this.append(" ");
        this.visitNode(node.dataType);
        if (node.unsigned) {
          this.append(" unsigned");
        }
        if (node.frontModifiers && node.frontModifiers.length > 0) {
          this.append(" ");
          this.compileList(node.frontModifiers, " ");
        }
        if (node.generated) {
          this.append(" ");
          this.visitNode(node.generated);
        }
        if (node.identity) {
          this.append(" identity");
        }
        if (node.defaultTo) {
          this.append(" ");
          this.visitNode(node.defaultTo);
        }
        if (node.notNull) {
          this.append(" not null");
        }
        if (node.unique) {
          this.append(" unique");
        }
        if (node.nullsNotDistinct) {
          this.append(" nulls not distinct");
        }
        if (node.primaryKey) {
          this.append(" primary key");
        }
        if (node.autoIncrement) {
          this.append(" ");
          this.append(this.getAutoIncrement());
        }
        if (node.references) {
          this.append(" ");
          this.visitNode(node.references);
        }
        if (node.check) {
          this.append(" ");
          this.visitNode(node.check);
        }
        if (node.endModifiers && node.endModifiers.length > 0) {
          this.append(" ");
          this.compileList(node.endModifiers, " ");
        }
      }
      getAutoIncrement() {
        return "auto_increment";
      }
      visitReferences(node) {
        this.append("references ");
        this.visitNode(node.table);
        this.append(" (");
        this.compileList(node.columns);
        this.append(")");
        if (node.onDelete) {
          this.append(" on delete ");
          this.append(node.onDelete);
        }
        if (node.onUpdate) {
          this.append(" on update ");
          this.append(node.onUpdate);
        }
      }
      visitDropTable(node) {
        this.append("drop table ");
        if (node.ifExists) {
          this.append("if exists ");
        }
        this.visitNode(node.table);
        if (node.cascade) {
          this.append(" cascade");
        }
      }
      visitDataType(node) {
        this.append(node.dataType);
      }
      visitOrderBy(node) {
        this.append("order by ");
        this.compileList(node.items);
      }
      visitOrderByItem(node) {
        this.visitNode(node.orderBy);
        if (node.collation) {
          this.append(" ");
          this.visitNode(node.collation);
        }
        if (node.direction) {
          this.append(" ");
          this.visitNode(node.direction);
        }
        if (node.nulls) {
          this.append(" nulls ");
          this.append(node.nulls);
        }
      }
      visitGroupBy(node) {
        this.append("group by ");
        this.compileList(node.items);
      }
      visitGroupByItem(node) {
        this.visitNode(node.groupBy);
      }
      visitUpdateQuery(node) {
        const wrapInParens = this.parentNode !== void 0 && !ParensNode.is(this.parentNode) && !RawNode.is(this.parentNode) && !WhenNode.is(this.parentNode);
        if (this.parentNode === void 0 && node.explain) {
          this.visitNode(node.explain);
          this.append(" ");
        }
        if (wrapInParens) {
          this.append("(");
        }
        if (node.with) {
          this.visitNode(node.with);
          this.append(" ");
        }
        this.append("update ");
        if (node.top) {
          this.visitNode(node.top);
          this.append(" ");
        }
        if (node.table) {
          this.visitNode(node.table);
          this.append(" ");
        }
        this.append("set ");
        if (node.updates) {
          this.compileList(node.updates);
        }
        if (node.output) {
          this.append(" ");
          this.visitNode(node.output);
        }
        if (node.from) {
          this.append(" ");
          this.visitNode(node.from);
        }
        if (node.joins) {
          if (!node.from) {
            throw new Error("Joins in an update query are only supported as a part of a PostgreSQL 'update set from join' query. If you want to create a MySQL 'update join set' query, see https://kysely.dev/docs/examples/update/my-sql-joins");
          }
          this.append(" ");
          this.compileList(node.joins, " ");
        }
        if (node.where) {
          this.append(" ");
          this.visitNode(node.where);
        }
        if (node.returning) {
          this.append(" ");
          this.visitNode(node.returning);
        }
        if (node.orderBy) {
          this.append(" ");
          this.visitNode(node.orderBy);
        }
        if (node.limit) {
          this.append(" ");
          this.visitNode(node.limit);
        }
        if (wrapInParens) {
          this.append(")");
        }
        if (node.endModifiers?.length) {
          this.append(" ");
          this.compileList(node.endModifiers, " ");
        }
      }
      visitColumnUpdate(node) {
        this.visitNode(node.column);
        this.append(" = ");
        this.visitNode(node.value);
      }
      visitLimit(node) {
        this.append("limit ");
        this.visitNode(node.limit);
      }
      visitOffset(node) {
        this.append("offset ");
        this.visitNode(node.offset);
      }
      visitOnConflict(node) {
        this.append("on conflict");
        if (node.columns) {
          this.append(" (");
          this.compileList(node.columns);
          this.append(")");
        } else if (node.constraint) {
          this.append(" on constraint ");
          this.visitNode(node.constraint);
        } else if (node.indexExpression) {
          this.append(" (");
          this.visitNode(node.indexExpression);
          this.append(")");
        }
        if (node.indexWhere) {
          this.append(" ");
          this.visitNode(node.indexWhere);
        }
        if (node.doNothing === true) {
          this.append(" do nothing");
        } else if (node.updates) {
          this.append(" do update set ");
          this.compileList(node.updates);
          if (node.updateWhere) {
            this.append(" ");
            this.visitNode(node.updateWhere);
          }
        }
      }
      visitOnDuplicateKey(node) {
        this.append("on duplicate key update ");
        this.compileList(node.updates);
      }
      visitCreateIndex(node) {
        this.append("create ");
        if (node.unique) {
          this.append("unique ");
        }
        this.append("index ");
        if (node.ifNotExists) {
          this.append("if not exists ");
        }
        this.visitNode(node.name);
        if (node.table) {
          this.append(" on ");
          this.visitNode(node.table);
        }
        if (node.using) {
          this.append(" using ");
          this.visitNode(node.using);
        }
        if (node.columns) {
          this.append(" (");
          this.compileList(node.columns);
          this.append(")");
        }
        if (node.nullsNotDistinct) {
          this.append(" nulls not distinct");
        }
        if (node.where) {
          this.append(" ");
          this.visitNode(node.where);
        }
      }
      visitDropIndex(node) {
        this.append("drop index ");
        if (node.ifExists) {
          this.append("if exists ");
        }
        this.visitNode(node.name);
        if (node.table) {
          this.append(" on ");
          this.visitNode(node.table);
        }
        if (node.cascade) {
          this.append(" cascade");
        }
      }
      visitCreateSchema(node) {
        this.append("create schema ");
        if (node.ifNotExists) {
          this.append("if not exists ");
        }
        this.visitNode(node.schema);
      }
      visitDropSchema(node) {
        this.append("drop schema ");
        if (node.ifExists) {
          this.append("if exists ");
        }
        this.visitNode(node.schema);
        if (node.cascade) {
          this.append(" cascade");
        }
      }
      visitPrimaryKeyConstraint(node) {
        if (node.name) {
          this.append("constraint ");
          this.visitNode(node.name);
          this.append(" ");
        }
        this.append("primary key (");
        this.compileList(node.columns);
        this.append(")");
        this.buildDeferrable(node);
      }
      buildDeferrable(node) {
        if (node.deferrable !== void 0) {
          if (node.deferrable) {
            this.append(" deferrable");
          } else {
            this.append(" not deferrable");
          }
        }
        if (node.initiallyDeferred !== void 0) {
          if (node.initiallyDeferred) {
            this.append(" initially deferred");
          } else {
            this.append(" initially immediate");
          }
        }
      }
      visitUniqueConstraint(node) {
        if (node.name) {
          this.append("constraint ");
          this.visitNode(node.name);
          this.append(" ");
        }
        this.append("unique");
        if (node.nullsNotDistinct) {
          this.append(" nulls not distinct");
        }
        this.append(" (");
        this.compileList(node.columns);
        this.append(")");
        this.buildDeferrable(node);
      }
      visitCheckConstraint(node) {
        if (node.name) {
          this.append("constraint ");
          this.visitNode(node.name);
          this.append(" ");
        }
        this.append("check (");
        this.visitNode(node.expression);
        this.append(")");
      }
      visitForeignKeyConstraint(node) {
        if (node.name) {
          this.append("constraint ");
          this.visitNode(node.name);
          this.append(" ");
        }
        this.append("foreign key (");
        this.compileList(node.columns);
        this.append(") ");
        this.visitNode(node.references);
        if (node.onDelete) {
          this.append(" on delete ");
          this.append(node.onDelete);
        }
        if (node.onUpdate) {
          this.append(" on update ");
          this.append(node.onUpdate);
        }
        this.buildDeferrable(node);
      }
      visitList(node) {
        this.compileList(node.items);
      }
      visitWith(node) {
        this.append("with ");
        if (node.recursive) {
          this.append("recursive ");
        }
        this.compileList(node.expressions);
      }
      visitCommonTableExpression(node) {
        this.visitNode(node.name);
        this.append(" as ");
        if (isBoolean(node.materialized)) {
          if (!node.materialized) {
            this.append("not ");
          }
          this.append("materialized ");
        }
        this.visitNode(node.expression);
      }
      visitCommonTableExpressionName(node) {
        this.visitNode(node.table);
        if (node.columns) {
          this.append("(");
          this.compileList(node.columns);
          this.append(")");
        }
      }
      visitAlterTable(node) {
        this.append("alter table ");
        this.visitNode(node.table);
        this.append(" ");
        if (node.renameTo) {
          this.append("rename to ");
          this.visitNode(node.renameTo);
        }
        if (node.setSchema) {
          this.append("set schema ");
          this.visitNode(node.setSchema);
        }
        if (node.addConstraint) {
          this.visitNode(node.addConstraint);
        }
        if (node.dropConstraint) {
          this.visitNode(node.dropConstraint);
        }
        if (node.renameConstraint) {
          this.visitNode(node.renameConstraint);
        }
        if (node.columnAlterations) {
          this.compileColumnAlterations(node.columnAlterations);
        }
        if (node.addIndex) {
          this.visitNode(node.addIndex);
        }
        if (node.dropIndex) {
          this.visitNode(node.dropIndex);
        }
      }
      visitAddColumn(node) {
        this.append("add column ");
        this.visitNode(node.column);
      }
      visitRenameColumn(node) {
        this.append("rename column ");
        this.visitNode(node.column);
        this.append(" to ");
        this.visitNode(node.renameTo);
      }
      visitDropColumn(node) {
        this.append("drop column ");
        this.visitNode(node.column);
      }
      visitAlterColumn(node) {
        this.append("alter column ");
        this.visitNode(node.column);
        this.append(" ");
        if (node.dataType) {
          if (this.announcesNewColumnDataType()) {
            this.append("type ");
          }
          this.visitNode(node.dataType);
          if (node.dataTypeExpression) {
            this.append("using ");
            this.visitNode(node.dataTypeExpression);
          }
        }
        if (node.setDefault) {
          this.append("set default ");
          this.visitNode(node.setDefault);
        }
        if (node.dropDefault) {
          this.append("drop default");
        }
        if (node.setNotNull) {
          this.append("set not null");
        }
        if (node.dropNotNull) {
          this.append("drop not null");
        }
      }
      visitModifyColumn(node) {
        this.append("modify column ");
        this.visitNode(node.column);
      }
      visitAddConstraint(node) {
        this.append("add ");
        this.visitNode(node.constraint);
      }
      visitDropConstraint(node) {
        this.append("drop constraint ");
        if (node.ifExists) {
          this.append("if exists ");
        }
        this.visitNode(node.constraintName);
        if (node.modifier === "cascade") {
          this.append(" cascade");
        } else if (node.modifier === "restrict") {
          this.append(" restrict");
        }
      }
      visitRenameConstraint(node) {
        this.append("rename constraint ");
        this.visitNode(node.oldName);
        this.append(" to ");
        this.visitNode(node.newName);
      }
      visitSetOperation(node) {
        this.append(node.operator);
        this.append(" ");
        if (node.all) {
          this.append("all ");
        }
        this.visitNode(node.expression);
      }
      visitCreateView(node) {
        this.append("create ");
        if (node.orReplace) {
          this.append("or replace ");
        }
        if (node.materialized) {
          this.append("materialized ");
        }
        if (node.temporary) {
          this.append("temporary ");
        }
        this.append("view ");
        if (node.ifNotExists) {
          this.append("if not exists ");
        }
        this.visitNode(node.name);
        this.append(" ");
        if (node.columns) {
          this.append("(");
          this.compileList(node.columns);
          this.append(") ");
        }
        if (node.as) {
          this.append("as ");
          this.visitNode(node.as);
        }
      }
      visitRefreshMaterializedView(node) {
        this.append("refresh materialized view ");
        if (node.concurrently) {
          this.append("concurrently ");
        }
        this.visitNode(node.name);
        if (node.withNoData) {
          this.append(" with no data");
        } else {
          this.append(" with data");
        }
      }
      visitDropView(node) {
        this.append("drop ");
        if (node.materialized) {
          this.append("materialized ");
        }
        this.append("view ");
        if (node.ifExists) {
          this.append("if exists ");
        }
        this.visitNode(node.name);
        if (node.cascade) {
          this.append(" cascade");
        }
      }
      visitGenerated(node) {
        this.append("generated ");
        if (node.always) {
          this.append("always ");
        }
        if (node.byDefault) {
          this.append("by default ");
        }
        this.append("as ");
        if (node.identity) {
          this.append("identity");
        }
        if (node.expression) {
          this.append("(");
          this.visitNode(node.expression);
          this.append(")");
        }
        if (node.stored) {
          this.append(" stored");
        }
      }
      visitDefaultValue(node) {
        this.append("default ");
        this.visitNode(node.defaultValue);
      }
      visitSelectModifier(node) {
        if (node.rawModifier) {
          this.visitNode(node.rawModifier);
        } else {
          this.append(SELECT_MODIFIER_SQL[node.modifier]);
        }
        if (node.of) {
          this.append(" of ");
          this.compileList(node.of, ", ");
        }
      }
      visitCreateType(node) {
        this.append("create type ");
        this.visitNode(node.name);
        if (node.enum) {
          this.append(" as enum ");
          this.visitNode(node.enum);
        }
      }
      visitDropType(node) {
        this.append("drop type ");
        if (node.ifExists) {
          this.append("if exists ");
        }
        this.visitNode(node.name);
      }
      visitExplain(node) {
        this.append("explain");
        if (node.options || node.format) {
          this.append(" ");
          this.append(this.getLeftExplainOptionsWrapper());
          if (node.options) {
            this.visitNode(node.options);
            if (node.format) {
              this.append(this.getExplainOptionsDelimiter());
            }
          }
          if (node.format) {
            this.append("format");
            this.append(this.getExplainOptionAssignment());
            this.append(node.format);
          }
          this.append(this.getRightExplainOptionsWrapper());
        }
      }
      visitDefaultInsertValue(_) {
        this.append("default");
      }
      visitAggregateFunction(node) {
        this.append(node.func);
        this.append("(");
        if (node.distinct) {
          this.append("distinct ");
        }
        this.compileList(node.aggregated);
        if (node.orderBy) {
          this.append(" ");
          this.visitNode(node.orderBy);
        }
        this.append(")");
        if (node.withinGroup) {
          this.append(" within group (");
          this.visitNode(node.withinGroup);
          this.append(")");
        }
        if (node.filter) {
          this.append(" filter(");
          this.visitNode(node.filter);
          this.append(")");
        }
        if (node.over) {
          this.append(" ");
          this.visitNode(node.over);
        }
      }
      visitOver(node) {
        this.append("over(");
        if (node.partitionBy) {
          this.visitNode(node.partitionBy);
          if (node.orderBy) {
            this.append(" ");
          }
        }
        if (node.orderBy) {
          this.visitNode(node.orderBy);
        }
        this.append(")");
      }
      visitPartitionBy(node) {
        this.append("partition by ");
        this.compileList(node.items);
      }
      visitPartitionByItem(node) {
        this.visitNode(node.partitionBy);
      }
      visitBinaryOperation(node) {
        this.visitNode(node.leftOperand);
        this.append(" ");
        this.visitNode(node.operator);
        this.append(" ");
        this.visitNode(node.rightOperand);
      }
      visitUnaryOperation(node) {
        this.visitNode(node.operator);
        if (!this.isMinusOperator(node.operator)) {
          this.append(" ");
        }
        this.visitNode(node.operand);
      }
      isMinusOperator(node) {
        return OperatorNode.is(node) && node.operator === "-";
      }
      visitUsing(node) {
        this.append("using ");
        this.compileList(node.tables);
      }
      visitFunction(node) {
        this.append(node.func);
        this.append("(");
        this.compileList(node.arguments);
        this.append(")");
      }
      visitCase(node) {
        this.append("case");
        if (node.value) {
          this.append(" ");
          this.visitNode(node.value);
        }
        if (node.when) {
          this.append(" ");
          this.compileList(node.when, " ");
        }
        if (node.else) {
          this.append(" else ");
          this.visitNode(node.else);
        }
        this.append(" end");
        if (node.isStatement) {
          this.append(" case");
        }
      }
      visitWhen(node) {
        this.append("when ");
        this.visitNode(node.condition);
        if (node.result) {
          this.append(" then ");
          this.visitNode(node.result);
        }
      }
      visitJSONReference(node) {
        this.visitNode(node.reference);
        this.visitNode(node.traversal);
      }
      visitJSONPath(node) {
        if (node.inOperator) {
          this.visitNode(node.inOperator);
        }
        this.append("'$");
        for (const pathLeg of node.pathLegs) {
          this.visitNode(pathLeg);
        }
        this.append("'");
      }
      visitJSONPathLeg(node) {
        const isArrayLocation = node.type === "ArrayLocation";
        const value = String(node.value);
        if (isArrayLocation) {
          this.append("[");
          this.append(this.sanitizeStringLiteral(value));
          this.append("]");
        } else {
          this.append('."');
          this.append(this.sanitizeJSONPathMemberValue(value));
          this.append('"');
        }
      }
      visitJSONOperatorChain(node) {
        for (let i = 0, len = node.values.length; i < len; i++) {
          if (i === len - 1) {
            this.visitNode(node.operator);
          } else {
            this.append("->");
          }
          this.visitNode(node.values[i]);
        }
      }
      visitMergeQuery(node) {
        if (node.with) {
          this.visitNode(node.with);
          this.append(" ");
        }
        this.append("merge ");
        if (node.top) {
          this.visitNode(node.top);
          this.append(" ");
        }
        this.append("into ");
        this.visitNode(node.into);
        if (node.using) {
          this.append(" ");
          this.visitNode(node.using);
        }
        if (node.whens) {
          this.append(" ");
          this.compileList(node.whens, " ");
        }
        if (node.returning) {
          this.append(" ");
          this.visitNode(node.returning);
        }
        if (node.output) {
          this.append(" ");
          this.visitNode(node.output);
        }
        if (node.endModifiers?.length) {
          this.append(" ");
          this.compileList(node.endModifiers, " ");
        }
      }
      visitMatched(node) {
        if (node.not) {
          this.append("not ");
        }
        this.append("matched");
        if (node.bySource) {
          this.append(" by source");
        }
      }
      visitAddIndex(node) {
        this.append("add ");
        if (node.unique) {
          this.append("unique ");
        }
        this.append("index ");
        this.visitNode(node.name);
        if (node.columns) {
          this.append(" (");
          this.compileList(node.columns);
          this.append(")");
        }
        if (node.using) {
          this.append(" using ");
          this.visitNode(node.using);
        }
      }
      visitCast(node) {
        this.append("cast(");
        this.visitNode(node.expression);
        this.append(" as ");
        this.visitNode(node.dataType);
        this.append(")");
      }
      visitFetch(node) {
        this.append("fetch next ");
        this.visitNode(node.rowCount);
        this.append(` rows ${node.modifier}`);
      }
      visitOutput(node) {
        this.append("output ");
        this.compileList(node.selections);
      }
      visitTop(node) {
        this.append(`top(${node.expression})`);
        if (node.modifiers) {
          this.append(` ${node.modifiers}`);
        }
      }
      visitOrAction(node) {
        this.append(node.action);
      }
      visitCollate(node) {
        this.append("collate ");
        this.visitNode(node.collation);
      }
      append(str) {
        this.#sql += str;
      }
      appendValue(parameter) {
        this.addParameter(parameter);
        this.append(this.getCurrentParameterPlaceholder());
      }
      getLeftIdentifierWrapper() {
        return '"';
      }
      getRightIdentifierWrapper() {
        return '"';
      }
      getCurrentParameterPlaceholder() {
        return "$" + this.numParameters;
      }
      getLeftExplainOptionsWrapper() {
        return "(";
      }
      getExplainOptionAssignment() {
        return " ";
      }
      getExplainOptionsDelimiter() {
        return ", ";
      }
      getRightExplainOptionsWrapper() {
        return ")";
      }
      sanitizeIdentifier(identifier) {
        const leftWrap = this.getLeftIdentifierWrapper();
        const rightWrap = this.getRightIdentifierWrapper();
        let sanitized = "";
        for (const c of identifier) {
          sanitized += c;
          if (c === leftWrap) {
            sanitized += leftWrap;
          } else if (c === rightWrap) {
            sanitized += rightWrap;
          }
        }
        return sanitized;
      }
      sanitizeStringLiteral(value) {
        return value.replace(LIT_WRAP_REGEX, "''");
      }
      sanitizeJSONPathMemberValue(value) {
        return value.replace(JSON_PATH_MEMBER_WRAP_REGEX, (char) => char === "'" ? "''" : '\\"');
      }
      addParameter(parameter) {
        this.#parameters.push(parameter);
      }
      appendImmediateValue(value) {
        if (isString(value)) {
          this.appendStringLiteral(value);
        } else if (isNumber(value) || isBoolean(value) || isBigInt(value)) {
          this.append(value.toString());
        } else if (isNull(value)) {
          this.append("null");
        } else if (isDate(value)) {
          this.appendImmediateValue(value.toISOString());
        } else {
          throw new Error(`invalid immediate value ${value}`);
        }
      }
      appendStringLiteral(value) {
        this.append("'");
        this.append(this.sanitizeStringLiteral(value));
        this.append("'");
      }
      sortSelectModifiers(arr) {
        arr.sort((left, right) => left.modifier && right.modifier ? SELECT_MODIFIER_PRIORITY[left.modifier] - SELECT_MODIFIER_PRIORITY[right.modifier] : 1);
        return freeze(arr);
      }
      compileColumnAlterations(columnAlterations) {
        this.compileList(columnAlterations);
      }
      /**
       * controls whether the dialect adds a "type" keyword before a column's new data
       * type in an ALTER TABLE statement.
       */
      announcesNewColumnDataType() {
        return true;
      }
    };
    SELECT_MODIFIER_SQL = freeze({
      ForKeyShare: "for key share",
      ForNoKeyUpdate: "for no key update",
      ForUpdate: "for update",
      ForShare: "for share",
      NoWait: "nowait",
      SkipLocked: "skip locked",
      Distinct: "distinct"
    });
    SELECT_MODIFIER_PRIORITY = freeze({
      ForKeyShare: 1,
      ForNoKeyUpdate: 1,
      ForUpdate: 1,
      ForShare: 1,
      NoWait: 2,
      SkipLocked: 2,
      Distinct: 0
    });
    JOIN_TYPE_SQL = freeze({
      InnerJoin: "inner join",
      LeftJoin: "left join",
      RightJoin: "right join",
      FullJoin: "full join",
      CrossJoin: "cross join",
      LateralInnerJoin: "inner join lateral",
      LateralLeftJoin: "left join lateral",
      LateralCrossJoin: "cross join lateral",
      OuterApply: "outer apply",
      CrossApply: "cross apply",
      Using: "using"
    });
  }
});

// node_modules/kysely/dist/esm/query-compiler/compiled-query.js
var CompiledQuery;
var init_compiled_query = __esm({
  "node_modules/kysely/dist/esm/query-compiler/compiled-query.js"() {
    init_raw_node();
    init_object_utils();
    init_query_id();
    CompiledQuery = freeze({
      raw(sql2, parameters = []) {
        return freeze({
          sql: sql2,
          query: RawNode.createWithSql(sql2),
          parameters: freeze(parameters),
          queryId: createQueryId()
        });
      }
    });
  }
});

// node_modules/kysely/dist/esm/driver/database-connection.js
var init_database_connection = __esm({
  "node_modules/kysely/dist/esm/driver/database-connection.js"() {
  }
});

// node_modules/kysely/dist/esm/driver/connection-provider.js
var init_connection_provider = __esm({
  "node_modules/kysely/dist/esm/driver/connection-provider.js"() {
  }
});

// node_modules/kysely/dist/esm/driver/dummy-driver.js
var init_dummy_driver = __esm({
  "node_modules/kysely/dist/esm/driver/dummy-driver.js"() {
  }
});

// node_modules/kysely/dist/esm/dialect/dialect.js
var init_dialect = __esm({
  "node_modules/kysely/dist/esm/dialect/dialect.js"() {
  }
});

// node_modules/kysely/dist/esm/dialect/dialect-adapter.js
var init_dialect_adapter = __esm({
  "node_modules/kysely/dist/esm/dialect/dialect-adapter.js"() {
  }
});

// node_modules/kysely/dist/esm/dialect/dialect-adapter-base.js
var DialectAdapterBase;
var init_dialect_adapter_base = __esm({
  "node_modules/kysely/dist/esm/dialect/dialect-adapter-base.js"() {
    DialectAdapterBase = class {
      get supportsCreateIfNotExists() {
        return true;
      }
      get supportsTransactionalDdl() {
        return false;
      }
      get supportsReturning() {
        return false;
      }
      get supportsOutput() {
        return false;
      }
    };
  }
});

// node_modules/kysely/dist/esm/dialect/database-introspector.js
var init_database_introspector = __esm({
  "node_modules/kysely/dist/esm/dialect/database-introspector.js"() {
  }
});

// node_modules/kysely/dist/esm/parser/savepoint-parser.js
function parseSavepointCommand(command, savepointName) {
  return RawNode.createWithChildren([
    RawNode.createWithSql(`${command} `),
    IdentifierNode.create(savepointName)
    // ensures savepointName gets sanitized
  ]);
}
var init_savepoint_parser = __esm({
  "node_modules/kysely/dist/esm/parser/savepoint-parser.js"() {
    init_identifier_node();
    init_raw_node();
  }
});

// node_modules/kysely/dist/esm/dialect/sqlite/sqlite-driver.js
var SqliteDriver, SqliteConnection, ConnectionMutex;
var init_sqlite_driver = __esm({
  "node_modules/kysely/dist/esm/dialect/sqlite/sqlite-driver.js"() {
    init_select_query_node();
    init_savepoint_parser();
    init_compiled_query();
    init_object_utils();
    init_query_id();
    SqliteDriver = class {
      #config;
      #connectionMutex = new ConnectionMutex();
      #db;
      #connection;
      constructor(config) {
        this.#config = freeze({ ...config });
      }
      async init() {
        this.#db = isFunction(this.#config.database) ? await this.#config.database() : this.#config.database;
        this.#connection = new SqliteConnection(this.#db);
        if (this.#config.onCreateConnection) {
          await this.#config.onCreateConnection(this.#connection);
        }
      }
      async acquireConnection() {
        await this.#connectionMutex.lock();
        return this.#connection;
      }
      async beginTransaction(connection) {
        await connection.executeQuery(CompiledQuery.raw("begin"));
      }
      async commitTransaction(connection) {
        await connection.executeQuery(CompiledQuery.raw("commit"));
      }
      async rollbackTransaction(connection) {
        await connection.executeQuery(CompiledQuery.raw("rollback"));
      }
      async savepoint(connection, savepointName, compileQuery) {
        await connection.executeQuery(compileQuery(parseSavepointCommand("savepoint", savepointName), createQueryId()));
      }
      async rollbackToSavepoint(connection, savepointName, compileQuery) {
        await connection.executeQuery(compileQuery(parseSavepointCommand("rollback to", savepointName), createQueryId()));
      }
      async releaseSavepoint(connection, savepointName, compileQuery) {
        await connection.executeQuery(compileQuery(parseSavepointCommand("release", savepointName), createQueryId()));
      }
      async releaseConnection() {
        this.#connectionMutex.unlock();
      }
      async destroy() {
        this.#db?.close();
      }
    };
    SqliteConnection = class {
      #db;
      constructor(db) {
        this.#db = db;
      }
      executeQuery(compiledQuery) {
        const { sql: sql2, parameters } = compiledQuery;
        const stmt = this.#db.prepare(sql2);
        if (stmt.reader) {
          return Promise.resolve({
            rows: stmt.all(parameters)
          });
        }
        const { changes, lastInsertRowid } = stmt.run(parameters);
        return Promise.resolve({
          numAffectedRows: changes !== void 0 && changes !== null ? BigInt(changes) : void 0,
          insertId: lastInsertRowid !== void 0 && lastInsertRowid !== null ? BigInt(lastInsertRowid) : void 0,
          rows: []
        });
      }
      async *streamQuery(compiledQuery, _chunkSize) {
        const { sql: sql2, parameters, query } = compiledQuery;
        const stmt = this.#db.prepare(sql2);
        if (SelectQueryNode.is(query)) {
          const iter = stmt.iterate(parameters);
          for (const row of iter) {
            yield {
              rows: [row]
            };
          }
        } else {
          throw new Error("Sqlite driver only supports streaming of select queries");
        }
      }
    };
    ConnectionMutex = class {
      #promise;
      #resolve;
      async lock() {
        while (this.#promise) {
          await this.#promise;
        }
        this.#promise = new Promise((resolve) => {
          this.#resolve = resolve;
        });
      }
      unlock() {
        const resolve = this.#resolve;
        this.#promise = void 0;
        this.#resolve = void 0;
        resolve?.();
      }
    };
  }
});

// node_modules/kysely/dist/esm/dialect/sqlite/sqlite-query-compiler.js
var ID_WRAP_REGEX, JSON_PATH_MEMBER_ESCAPE_REGEX, SqliteQueryCompiler;
var init_sqlite_query_compiler = __esm({
  "node_modules/kysely/dist/esm/dialect/sqlite/sqlite-query-compiler.js"() {
    init_default_query_compiler();
    ID_WRAP_REGEX = /"/g;
    JSON_PATH_MEMBER_ESCAPE_REGEX = /[\\'"]/g;
    SqliteQueryCompiler = class extends DefaultQueryCompiler {
      visitOrAction(node) {
        this.append("or ");
        this.append(node.action);
      }
      getCurrentParameterPlaceholder() {
        return "?";
      }
      getLeftExplainOptionsWrapper() {
        return "";
      }
      getRightExplainOptionsWrapper() {
        return "";
      }
      getLeftIdentifierWrapper() {
        return '"';
      }
      getRightIdentifierWrapper() {
        return '"';
      }
      getAutoIncrement() {
        return "autoincrement";
      }
      sanitizeIdentifier(identifier) {
        return identifier.replace(ID_WRAP_REGEX, '""');
      }
      sanitizeJSONPathMemberValue(value) {
        return value.replace(JSON_PATH_MEMBER_ESCAPE_REGEX, (char) => char === "\\" ? "\\\\" : char === "'" ? "''" : '\\"');
      }
      visitDefaultInsertValue(_) {
        this.append("null");
      }
    };
  }
});

// node_modules/kysely/dist/esm/plugin/noop-plugin.js
var NoopPlugin;
var init_noop_plugin = __esm({
  "node_modules/kysely/dist/esm/plugin/noop-plugin.js"() {
    NoopPlugin = class {
      transformQuery(args) {
        return args.node;
      }
      async transformResult(args) {
        return args.result;
      }
    };
  }
});

// node_modules/kysely/dist/esm/migration/migrator.js
var DEFAULT_MIGRATION_TABLE, DEFAULT_MIGRATION_LOCK_TABLE, DEFAULT_ALLOW_UNORDERED_MIGRATIONS, MIGRATION_LOCK_ID, NO_MIGRATIONS, Migrator, MigrationResultSetError;
var init_migrator = __esm({
  "node_modules/kysely/dist/esm/migration/migrator.js"() {
    init_noop_plugin();
    init_with_schema_plugin();
    init_object_utils();
    DEFAULT_MIGRATION_TABLE = "kysely_migration";
    DEFAULT_MIGRATION_LOCK_TABLE = "kysely_migration_lock";
    DEFAULT_ALLOW_UNORDERED_MIGRATIONS = false;
    MIGRATION_LOCK_ID = "migration_lock";
    NO_MIGRATIONS = freeze({ __noMigrations__: true });
    Migrator = class {
      #props;
      constructor(props) {
        this.#props = freeze(props);
      }
      /**
       * Returns a {@link MigrationInfo} object for each migration.
       *
       * The returned array is sorted by migration name.
       */
      async getMigrations() {
        const tableExists = await this.#doesTableExist(this.#migrationTable);
        const executedMigrations = tableExists ? await this.#props.db.withPlugin(this.#schemaPlugin).selectFrom(this.#migrationTable).select(["name", "timestamp"]).$narrowType().execute() : [];
        const migrations2 = await this.#resolveMigrations();
        return migrations2.map(({ name, ...migration }) => {
          const executed = executedMigrations.find((it) => it.name === name);
          return {
            name,
            migration,
            executedAt: executed ? new Date(executed.timestamp) : void 0
          };
        });
      }
      /**
       * Runs all migrations that have not yet been run.
       *
       * This method returns a {@link MigrationResultSet} instance and _never_ throws.
       * {@link MigrationResultSet.error} holds the error if something went wrong.
       * {@link MigrationResultSet.results} contains information about which migrations
       * were executed and which failed. See the examples below.
       *
       * This method goes through all possible migrations provided by the provider and runs the
       * ones whose names come alphabetically after the last migration that has been run. If the
       * list of executed migrations doesn't match the beginning of the list of possible migrations
       * an error is returned.
       *
       * ### Examples
       *
       * ```ts
       * import { promises as fs } from 'node:fs'
       * import path from 'node:path'
       * import * as Sqlite from 'better-sqlite3'
       * import { FileMigrationProvider, Migrator } from 'kysely'
       *
       * const migrator = new Migrator({
       *   db,
       *   provider: new FileMigrationProvider({
       *     fs,
       *     migrationFolder: 'some/path/to/migrations',
       *     path,
       *   })
       * })
       *
       * const { error, results } = await migrator.migrateToLatest()
       *
       * results?.forEach((it) => {
       *   if (it.status === 'Success') {
       *     console.log(`migration "${it.migrationName}" was executed successfully`)
       *   } else if (it.status === 'Error') {
       *     console.error(`failed to execute migration "${it.migrationName}"`)
       *   }
       * })
       *
       * if (error) {
       *   console.error('failed to run `migrateToLatest`')
       *   console.error(error)
       * }
       * ```
       */
      async migrateToLatest() {
        return this.#migrate(() => ({ direction: "Up", step: Infinity }));
      }
      /**
       * Migrate up/down to a specific migration.
       *
       * This method returns a {@link MigrationResultSet} instance and _never_ throws.
       * {@link MigrationResultSet.error} holds the error if something went wrong.
       * {@link MigrationResultSet.results} contains information about which migrations
       * were executed and which failed.
       *
       * ### Examples
       *
       * ```ts
       * import { promises as fs } from 'node:fs'
       * import path from 'node:path'
       * import { FileMigrationProvider, Migrator } from 'kysely'
       *
       * const migrator = new Migrator({
       *   db,
       *   provider: new FileMigrationProvider({
       *     fs,
       *     // Path to the folder that contains all your migrations.
       *     migrationFolder: 'some/path/to/migrations',
       *     path,
       *   })
       * })
       *
       * await migrator.migrateTo('some_migration')
       * ```
       *
       * If you specify the name of the first migration, this method migrates
       * down to the first migration, but doesn't run the `down` method of
       * the first migration. In case you want to migrate all the way down,
       * you can use a special constant `NO_MIGRATIONS`:
       *
       * ```ts
       * import { promises as fs } from 'node:fs'
       * import path from 'node:path'
       * import { FileMigrationProvider, Migrator, NO_MIGRATIONS } from 'kysely'
       *
       * const migrator = new Migrator({
       *   db,
       *   provider: new FileMigrationProvider({
       *     fs,
       *     // Path to the folder that contains all your migrations.
       *     migrationFolder: 'some/path/to/migrations',
       *     path,
       *   })
       * })
       *
       * await migrator.migrateTo(NO_MIGRATIONS)
       * ```
       */
      async migrateTo(targetMigrationName) {
        return this.#migrate(({ migrations: migrations2, executedMigrations, pendingMigrations }) => {
          if (isObject(targetMigrationName) && targetMigrationName.__noMigrations__ === true) {
            return { direction: "Down", step: Infinity };
          }
          if (!migrations2.find((m) => m.name === targetMigrationName)) {
            throw new Error(`migration "${targetMigrationName}" doesn't exist`);
          }
          const executedIndex = executedMigrations.indexOf(targetMigrationName);
          const pendingIndex = pendingMigrations.findIndex((m) => m.name === targetMigrationName);
          if (executedIndex !== -1) {
            return {
              direction: "Down",
              step: executedMigrations.length - executedIndex - 1
            };
          } else if (pendingIndex !== -1) {
            return { direction: "Up", step: pendingIndex + 1 };
          } else {
            throw new Error(`migration "${targetMigrationName}" isn't executed or pending`);
          }
        });
      }
      /**
       * Migrate one step up.
       *
       * This method returns a {@link MigrationResultSet} instance and _never_ throws.
       * {@link MigrationResultSet.error} holds the error if something went wrong.
       * {@link MigrationResultSet.results} contains information about which migrations
       * were executed and which failed.
       *
       * ### Examples
       *
       * ```ts
       * import { promises as fs } from 'node:fs'
       * import path from 'node:path'
       * import { FileMigrationProvider, Migrator } from 'kysely'
       *
       * const migrator = new Migrator({
       *   db,
       *   provider: new FileMigrationProvider({
       *     fs,
       *     // Path to the folder that contains all your migrations.
       *     migrationFolder: 'some/path/to/migrations',
       *     path,
       *   })
       * })
       *
       * await migrator.migrateUp()
       * ```
       */
      async migrateUp() {
        return this.#migrate(() => ({ direction: "Up", step: 1 }));
      }
      /**
       * Migrate one step down.
       *
       * This method returns a {@link MigrationResultSet} instance and _never_ throws.
       * {@link MigrationResultSet.error} holds the error if something went wrong.
       * {@link MigrationResultSet.results} contains information about which migrations
       * were executed and which failed.
       *
       * ### Examples
       *
       * ```ts
       * import { promises as fs } from 'node:fs'
       * import path from 'node:path'
       * import { FileMigrationProvider, Migrator } from 'kysely'
       *
       * const migrator = new Migrator({
       *   db,
       *   provider: new FileMigrationProvider({
       *     fs,
       *     // Path to the folder that contains all your migrations.
       *     migrationFolder: 'some/path/to/migrations',
       *     path,
       *   })
       * })
       *
       * await migrator.migrateDown()
       * ```
       */
      async migrateDown() {
        return this.#migrate(() => ({ direction: "Down", step: 1 }));
      }
      async #migrate(getMigrationDirectionAndStep) {
        try {
          await this.#ensureMigrationTableSchemaExists();
          await this.#ensureMigrationTableExists();
          await this.#ensureMigrationLockTableExists();
          await this.#ensureLockRowExists();
          return await this.#runMigrations(getMigrationDirectionAndStep);
        } catch (error) {
          if (error instanceof MigrationResultSetError) {
            return error.resultSet;
          }
          return { error };
        }
      }
      get #migrationTableSchema() {
        return this.#props.migrationTableSchema;
      }
      get #migrationTable() {
        return this.#props.migrationTableName ?? DEFAULT_MIGRATION_TABLE;
      }
      get #migrationLockTable() {
        return this.#props.migrationLockTableName ?? DEFAULT_MIGRATION_LOCK_TABLE;
      }
      get #allowUnorderedMigrations() {
        return this.#props.allowUnorderedMigrations ?? DEFAULT_ALLOW_UNORDERED_MIGRATIONS;
      }
      get #schemaPlugin() {
        if (this.#migrationTableSchema) {
          return new WithSchemaPlugin(this.#migrationTableSchema);
        }
        return new NoopPlugin();
      }
      async #ensureMigrationTableSchemaExists() {
        if (!this.#migrationTableSchema) {
          return;
        }
        const schemaExists = await this.#doesSchemaExist();
        if (schemaExists) {
          return;
        }
        try {
          await this.#createIfNotExists(this.#props.db.schema.createSchema(this.#migrationTableSchema));
        } catch (error) {
          const schemaExists2 = await this.#doesSchemaExist();
          if (!schemaExists2) {
            throw error;
          }
        }
      }
      async #ensureMigrationTableExists() {
        const tableExists = await this.#doesTableExist(this.#migrationTable);
        if (tableExists) {
          return;
        }
        try {
          await this.#createIfNotExists(this.#props.db.schema.withPlugin(this.#schemaPlugin).createTable(this.#migrationTable).addColumn("name", "varchar(255)", (col) => col.notNull().primaryKey()).addColumn("timestamp", "varchar(255)", (col) => col.notNull()));
        } catch (error) {
          const tableExists2 = await this.#doesTableExist(this.#migrationTable);
          if (!tableExists2) {
            throw error;
          }
        }
      }
      async #ensureMigrationLockTableExists() {
        const tableExists = await this.#doesTableExist(this.#migrationLockTable);
        if (tableExists) {
          return;
        }
        try {
          await this.#createIfNotExists(this.#props.db.schema.withPlugin(this.#schemaPlugin).createTable(this.#migrationLockTable).addColumn("id", "varchar(255)", (col) => col.notNull().primaryKey()).addColumn("is_locked", "integer", (col) => col.notNull().defaultTo(0)));
        } catch (error) {
          const tableExists2 = await this.#doesTableExist(this.#migrationLockTable);
          if (!tableExists2) {
            throw error;
          }
        }
      }
      async #ensureLockRowExists() {
        const lockRowExists = await this.#doesLockRowExists();
        if (lockRowExists) {
          return;
        }
        try {
          await this.#props.db.withPlugin(this.#schemaPlugin).insertInto(this.#migrationLockTable).values({ id: MIGRATION_LOCK_ID, is_locked: 0 }).execute();
        } catch (error) {
          const lockRowExists2 = await this.#doesLockRowExists();
          if (!lockRowExists2) {
            throw error;
          }
        }
      }
      async #doesSchemaExist() {
        const schemas = await this.#props.db.introspection.getSchemas();
        return schemas.some((it) => it.name === this.#migrationTableSchema);
      }
      async #doesTableExist(tableName) {
        const schema = this.#migrationTableSchema;
        const tables = await this.#props.db.introspection.getTables({
          withInternalKyselyTables: true
        });
        return tables.some((it) => it.name === tableName && (!schema || it.schema === schema));
      }
      async #doesLockRowExists() {
        const lockRow = await this.#props.db.withPlugin(this.#schemaPlugin).selectFrom(this.#migrationLockTable).where("id", "=", MIGRATION_LOCK_ID).select("id").executeTakeFirst();
        return !!lockRow;
      }
      async #runMigrations(getMigrationDirectionAndStep) {
        const adapter = this.#props.db.getExecutor().adapter;
        const lockOptions = freeze({
          lockTable: this.#props.migrationLockTableName ?? DEFAULT_MIGRATION_LOCK_TABLE,
          lockRowId: MIGRATION_LOCK_ID,
          lockTableSchema: this.#props.migrationTableSchema
        });
        const run = async (db) => {
          const state = await this.#getState(db);
          if (state.migrations.length === 0) {
            return { results: [] };
          }
          const { direction, step } = getMigrationDirectionAndStep(state);
          if (step <= 0) {
            return { results: [] };
          }
          if (direction === "Down") {
            return await this.#migrateDown(db, state, step);
          } else if (direction === "Up") {
            return await this.#migrateUp(db, state, step);
          }
          return { results: [] };
        };
        const runWithLock = async (db, cb) => {
          try {
            await adapter.acquireMigrationLock(db, lockOptions);
            return await cb(db);
          } finally {
            await adapter.releaseMigrationLock(db, lockOptions);
          }
        };
        if (adapter.supportsTransactionalDdl && !this.#props.disableTransactions) {
          return this.#props.db.connection().execute((db) => runWithLock(db, (db2) => db2.transaction().execute((trx) => run(trx))));
        }
        return this.#props.db.connection().execute((db) => runWithLock(db, run));
      }
      async #getState(db) {
        const migrations2 = await this.#resolveMigrations();
        const executedMigrations = await this.#getExecutedMigrations(db);
        this.#ensureNoMissingMigrations(migrations2, executedMigrations);
        if (!this.#allowUnorderedMigrations) {
          this.#ensureMigrationsInOrder(migrations2, executedMigrations);
        }
        const pendingMigrations = this.#getPendingMigrations(migrations2, executedMigrations);
        return freeze({
          migrations: migrations2,
          executedMigrations,
          lastMigration: getLast(executedMigrations),
          pendingMigrations
        });
      }
      #getPendingMigrations(migrations2, executedMigrations) {
        return migrations2.filter((migration) => {
          return !executedMigrations.includes(migration.name);
        });
      }
      async #resolveMigrations() {
        const allMigrations = await this.#props.provider.getMigrations();
        return Object.keys(allMigrations).sort().map((name) => ({
          ...allMigrations[name],
          name
        }));
      }
      async #getExecutedMigrations(db) {
        const executedMigrations = await db.withPlugin(this.#schemaPlugin).selectFrom(this.#migrationTable).select(["name", "timestamp"]).$narrowType().execute();
        const nameComparator = this.#props.nameComparator || ((a, b) => a.localeCompare(b));
        return executedMigrations.sort((a, b) => {
          if (a.timestamp === b.timestamp) {
            return nameComparator(a.name, b.name);
          }
          return new Date(a.timestamp).getTime() - new Date(b.timestamp).getTime();
        }).map((it) => it.name);
      }
      #ensureNoMissingMigrations(migrations2, executedMigrations) {
        for (const executed of executedMigrations) {
          if (!migrations2.some((it) => it.name === executed)) {
            throw new Error(`corrupted migrations: previously executed migration ${executed} is missing`);
          }
        }
      }
      #ensureMigrationsInOrder(migrations2, executedMigrations) {
        for (let i = 0; i < executedMigrations.length; ++i) {
          if (migrations2[i].name !== executedMigrations[i]) {
            throw new Error(`corrupted migrations: expected previously executed migration ${executedMigrations[i]} to be at index ${i} but ${migrations2[i].name} was found in its place. New migrations must always have a name that comes alphabetically after the last executed migration.`);
          }
        }
      }
      async #migrateDown(db, state, step) {
        const migrationsToRollback = state.executedMigrations.slice().reverse().slice(0, step).map((name) => {
          return state.migrations.find((it) => it.name === name);
        });
        const results = migrationsToRollback.map((migration) => {
          return {
            migrationName: migration.name,
            direction: "Down",
            status: "NotExecuted"
          };
        });
        for (let i = 0; i < results.length; ++i) {
          const migration = migrationsToRollback[i];
          try {
            if (migration.down) {
              await migration.down(db);
              await db.withPlugin(this.#schemaPlugin).deleteFrom(this.#migrationTable).where("name", "=", migration.name).execute();
              results[i] = {
                migrationName: migration.name,
                direction: "Down",
                status: "Success"
              };
            }
          } catch (error) {
            results[i] = {
              migrationName: migration.name,
              direction: "Down",
              status: "Error"
            };
            throw new MigrationResultSetError({
              error,
              results
            });
          }
        }
        return { results };
      }
      async #migrateUp(db, state, step) {
        const migrationsToRun = state.pendingMigrations.slice(0, step);
        const results = migrationsToRun.map((migration) => {
          return {
            migrationName: migration.name,
            direction: "Up",
            status: "NotExecuted"
          };
        });
        for (let i = 0; i < results.length; i++) {
          const migration = state.pendingMigrations[i];
          try {
            await migration.up(db);
            await db.withPlugin(this.#schemaPlugin).insertInto(this.#migrationTable).values({
              name: migration.name,
              timestamp: (/* @__PURE__ */ new Date()).toISOString()
            }).execute();
            results[i] = {
              migrationName: migration.name,
              direction: "Up",
              status: "Success"
            };
          } catch (error) {
            results[i] = {
              migrationName: migration.name,
              direction: "Up",
              status: "Error"
            };
            throw new MigrationResultSetError({
              error,
              results
            });
          }
        }
        return { results };
      }
      async #createIfNotExists(qb) {
        if (this.#props.db.getExecutor().adapter.supportsCreateIfNotExists) {
          qb = qb.ifNotExists();
        }
        await qb.execute();
      }
    };
    MigrationResultSetError = class extends Error {
      #resultSet;
      constructor(result) {
        super();
        this.#resultSet = result;
      }
      get resultSet() {
        return this.#resultSet;
      }
    };
  }
});

// node_modules/kysely/dist/esm/dialect/sqlite/sqlite-introspector.js
var SqliteIntrospector;
var init_sqlite_introspector = __esm({
  "node_modules/kysely/dist/esm/dialect/sqlite/sqlite-introspector.js"() {
    init_migrator();
    init_sql();
    SqliteIntrospector = class {
      #db;
      constructor(db) {
        this.#db = db;
      }
      async getSchemas() {
        return [];
      }
      async getTables(options = { withInternalKyselyTables: false }) {
        return await this.#getTableMetadata(options);
      }
      async getMetadata(options) {
        return {
          tables: await this.getTables(options)
        };
      }
      #tablesQuery(qb, options) {
        let tablesQuery = qb.selectFrom("sqlite_master").where("type", "in", ["table", "view"]).where("name", "not like", "sqlite_%").select(["name", "sql", "type"]).orderBy("name");
        if (!options.withInternalKyselyTables) {
          tablesQuery = tablesQuery.where("name", "!=", DEFAULT_MIGRATION_TABLE).where("name", "!=", DEFAULT_MIGRATION_LOCK_TABLE);
        }
        return tablesQuery;
      }
      async #getTableMetadata(options) {
        const tablesResult = await this.#tablesQuery(this.#db, options).execute();
        const tableMetadata = await this.#db.with("table_list", (qb) => this.#tablesQuery(qb, options)).selectFrom([
          "table_list as tl",
          sql`pragma_table_info(tl.name)`.as("p")
        ]).select([
          "tl.name as table",
          "p.cid",
          "p.name",
          "p.type",
          "p.notnull",
          "p.dflt_value",
          "p.pk"
        ]).orderBy("tl.name").orderBy("p.cid").execute();
        const columnsByTable = {};
        for (const row of tableMetadata) {
          columnsByTable[row.table] ??= [];
          columnsByTable[row.table].push(row);
        }
        return tablesResult.map(({ name, sql: sql2, type }) => {
          let autoIncrementCol = sql2?.split(/[\(\),]/)?.find((it) => it.toLowerCase().includes("autoincrement"))?.trimStart()?.split(/\s+/)?.[0]?.replace(/["`]/g, "");
          const columns = columnsByTable[name] ?? [];
          if (!autoIncrementCol) {
            const pkCols = columns.filter((r) => r.pk > 0);
            if (pkCols.length === 1 && pkCols[0].type.toLowerCase() === "integer") {
              autoIncrementCol = pkCols[0].name;
            }
          }
          return {
            name,
            isView: type === "view",
            columns: columns.map((col) => ({
              name: col.name,
              dataType: col.type,
              isNullable: !col.notnull,
              isAutoIncrementing: col.name === autoIncrementCol,
              hasDefaultValue: col.dflt_value != null,
              comment: void 0
            }))
          };
        });
      }
    };
  }
});

// node_modules/kysely/dist/esm/dialect/sqlite/sqlite-adapter.js
var SqliteAdapter;
var init_sqlite_adapter = __esm({
  "node_modules/kysely/dist/esm/dialect/sqlite/sqlite-adapter.js"() {
    init_dialect_adapter_base();
    SqliteAdapter = class extends DialectAdapterBase {
      get supportsTransactionalDdl() {
        return false;
      }
      get supportsReturning() {
        return true;
      }
      async acquireMigrationLock(_db, _opt) {
      }
      async releaseMigrationLock(_db, _opt) {
      }
    };
  }
});

// node_modules/kysely/dist/esm/dialect/sqlite/sqlite-dialect.js
var SqliteDialect;
var init_sqlite_dialect = __esm({
  "node_modules/kysely/dist/esm/dialect/sqlite/sqlite-dialect.js"() {
    init_sqlite_driver();
    init_sqlite_query_compiler();
    init_sqlite_introspector();
    init_sqlite_adapter();
    init_object_utils();
    SqliteDialect = class {
      #config;
      constructor(config) {
        this.#config = freeze({ ...config });
      }
      createDriver() {
        return new SqliteDriver(this.#config);
      }
      createQueryCompiler() {
        return new SqliteQueryCompiler();
      }
      createAdapter() {
        return new SqliteAdapter();
      }
      createIntrospector(db) {
        return new SqliteIntrospector(db);
      }
    };
  }
});

// node_modules/kysely/dist/esm/dialect/sqlite/sqlite-dialect-config.js
var init_sqlite_dialect_config = __esm({
  "node_modules/kysely/dist/esm/dialect/sqlite/sqlite-dialect-config.js"() {
  }
});

// node_modules/kysely/dist/esm/dialect/postgres/postgres-query-compiler.js
var ID_WRAP_REGEX2, PostgresQueryCompiler;
var init_postgres_query_compiler = __esm({
  "node_modules/kysely/dist/esm/dialect/postgres/postgres-query-compiler.js"() {
    init_default_query_compiler();
    ID_WRAP_REGEX2 = /"/g;
    PostgresQueryCompiler = class extends DefaultQueryCompiler {
      sanitizeIdentifier(identifier) {
        return identifier.replace(ID_WRAP_REGEX2, '""');
      }
    };
  }
});

// node_modules/kysely/dist/esm/dialect/postgres/postgres-introspector.js
var PostgresIntrospector;
var init_postgres_introspector = __esm({
  "node_modules/kysely/dist/esm/dialect/postgres/postgres-introspector.js"() {
    init_migrator();
    init_object_utils();
    init_sql();
    PostgresIntrospector = class {
      #db;
      constructor(db) {
        this.#db = db;
      }
      async getSchemas() {
        let rawSchemas = await this.#db.selectFrom("pg_catalog.pg_namespace").select("nspname").$castTo().execute();
        return rawSchemas.map((it) => ({ name: it.nspname }));
      }
      async getTables(options = { withInternalKyselyTables: false }) {
        let query = this.#db.selectFrom("pg_catalog.pg_attribute as a").innerJoin("pg_catalog.pg_class as c", "a.attrelid", "c.oid").innerJoin("pg_catalog.pg_namespace as ns", "c.relnamespace", "ns.oid").innerJoin("pg_catalog.pg_type as typ", "a.atttypid", "typ.oid").innerJoin("pg_catalog.pg_namespace as dtns", "typ.typnamespace", "dtns.oid").select([
          "a.attname as column",
          "a.attnotnull as not_null",
          "a.atthasdef as has_default",
          "c.relname as table",
          "c.relkind as table_type",
          "ns.nspname as schema",
          "typ.typname as type",
          "dtns.nspname as type_schema",
          sql`col_description(a.attrelid, a.attnum)`.as("column_description"),
          sql`pg_get_serial_sequence(quote_ident(ns.nspname) || '.' || quote_ident(c.relname), a.attname)`.as("auto_incrementing")
        ]).where("c.relkind", "in", [
          "r",
          "v",
          "p"
        ]).where("ns.nspname", "!~", "^pg_").where("ns.nspname", "!=", "information_schema").where("ns.nspname", "!=", "crdb_internal").where(sql`has_schema_privilege(ns.nspname, 'USAGE')`).where("a.attnum", ">=", 0).where("a.attisdropped", "!=", true).orderBy("ns.nspname").orderBy("c.relname").orderBy("a.attnum").$castTo();
        if (!options.withInternalKyselyTables) {
          query = query.where("c.relname", "!=", DEFAULT_MIGRATION_TABLE).where("c.relname", "!=", DEFAULT_MIGRATION_LOCK_TABLE);
        }
        const rawColumns = await query.execute();
        return this.#parseTableMetadata(rawColumns);
      }
      async getMetadata(options) {
        return {
          tables: await this.getTables(options)
        };
      }
      #parseTableMetadata(columns) {
        const tables = [];
        const schemas = /* @__PURE__ */ new Map();
        for (const column of columns) {
          let schema = schemas.get(column.schema);
          if (!schema) {
            schema = /* @__PURE__ */ new Map();
            schemas.set(column.schema, schema);
          }
          let table = schema.get(column.table);
          if (!table) {
            table = freeze({
              columns: [],
              isView: column.table_type === "v",
              name: column.table,
              schema: column.schema
            });
            schema.set(column.table, table);
            tables.push(table);
          }
          table.columns.push(freeze({
            comment: column.column_description ?? void 0,
            dataType: column.type,
            dataTypeSchema: column.type_schema,
            hasDefaultValue: column.has_default,
            isAutoIncrementing: column.auto_incrementing !== null,
            isNullable: !column.not_null,
            name: column.column
          }));
        }
        return tables;
      }
    };
  }
});

// node_modules/kysely/dist/esm/dialect/postgres/postgres-adapter.js
var LOCK_ID, LOCK_TIMEOUT_MILLISECONDS, PostgresAdapter;
var init_postgres_adapter = __esm({
  "node_modules/kysely/dist/esm/dialect/postgres/postgres-adapter.js"() {
    init_sql();
    init_dialect_adapter_base();
    LOCK_ID = BigInt("3853314791062309107");
    LOCK_TIMEOUT_MILLISECONDS = 60 * 60 * 1e3;
    PostgresAdapter = class extends DialectAdapterBase {
      get supportsTransactionalDdl() {
        return true;
      }
      get supportsReturning() {
        return true;
      }
      async acquireMigrationLock(db, _opt) {
        await sql`
    with set_timeout as (
      select set_config('lock_timeout', '${sql.lit(LOCK_TIMEOUT_MILLISECONDS)}', true) as config_val
    )
    select pg_advisory_lock(${sql.lit(LOCK_ID)})
    from set_timeout`.execute(db);
      }
      async releaseMigrationLock(db, _opt) {
        await sql`select pg_advisory_unlock(${sql.lit(LOCK_ID)})`.execute(db);
      }
    };
  }
});

// node_modules/kysely/dist/esm/util/stack-trace-utils.js
function extendStackTrace(err, stackError) {
  if (isStackHolder(err) && stackError.stack) {
    const stackExtension = stackError.stack.split("\n").slice(1).join("\n");
    err.stack += `
${stackExtension}`;
    return err;
  }
  return err;
}
function isStackHolder(obj) {
  return isObject(obj) && isString(obj.stack);
}
var init_stack_trace_utils = __esm({
  "node_modules/kysely/dist/esm/util/stack-trace-utils.js"() {
    init_object_utils();
  }
});

// node_modules/kysely/dist/esm/dialect/mysql/mysql-driver.js
function isOkPacket(obj) {
  return isObject(obj) && "insertId" in obj && "affectedRows" in obj;
}
var PRIVATE_RELEASE_METHOD, MysqlDriver, MysqlConnection;
var init_mysql_driver = __esm({
  "node_modules/kysely/dist/esm/dialect/mysql/mysql-driver.js"() {
    init_savepoint_parser();
    init_compiled_query();
    init_object_utils();
    init_query_id();
    init_stack_trace_utils();
    PRIVATE_RELEASE_METHOD = Symbol();
    MysqlDriver = class {
      #config;
      #connections = /* @__PURE__ */ new WeakMap();
      #pool;
      constructor(configOrPool) {
        this.#config = freeze({ ...configOrPool });
      }
      async init() {
        this.#pool = isFunction(this.#config.pool) ? await this.#config.pool() : this.#config.pool;
      }
      async acquireConnection() {
        const rawConnection = await this.#acquireConnection();
        let connection = this.#connections.get(rawConnection);
        if (!connection) {
          connection = new MysqlConnection(rawConnection);
          this.#connections.set(rawConnection, connection);
          if (this.#config?.onCreateConnection) {
            await this.#config.onCreateConnection(connection);
          }
        }
        if (this.#config?.onReserveConnection) {
          await this.#config.onReserveConnection(connection);
        }
        return connection;
      }
      async #acquireConnection() {
        return new Promise((resolve, reject) => {
          this.#pool.getConnection(async (err, rawConnection) => {
            if (err) {
              reject(err);
            } else {
              resolve(rawConnection);
            }
          });
        });
      }
      async beginTransaction(connection, settings) {
        if (settings.isolationLevel || settings.accessMode) {
          const parts = [];
          if (settings.isolationLevel) {
            parts.push(`isolation level ${settings.isolationLevel}`);
          }
          if (settings.accessMode) {
            parts.push(settings.accessMode);
          }
          const sql2 = `set transaction ${parts.join(", ")}`;
          await connection.executeQuery(CompiledQuery.raw(sql2));
        }
        await connection.executeQuery(CompiledQuery.raw("begin"));
      }
      async commitTransaction(connection) {
        await connection.executeQuery(CompiledQuery.raw("commit"));
      }
      async rollbackTransaction(connection) {
        await connection.executeQuery(CompiledQuery.raw("rollback"));
      }
      async savepoint(connection, savepointName, compileQuery) {
        await connection.executeQuery(compileQuery(parseSavepointCommand("savepoint", savepointName), createQueryId()));
      }
      async rollbackToSavepoint(connection, savepointName, compileQuery) {
        await connection.executeQuery(compileQuery(parseSavepointCommand("rollback to", savepointName), createQueryId()));
      }
      async releaseSavepoint(connection, savepointName, compileQuery) {
        await connection.executeQuery(compileQuery(parseSavepointCommand("release savepoint", savepointName), createQueryId()));
      }
      async releaseConnection(connection) {
        connection[PRIVATE_RELEASE_METHOD]();
      }
      async destroy() {
        return new Promise((resolve, reject) => {
          this.#pool.end((err) => {
            if (err) {
              reject(err);
            } else {
              resolve();
            }
          });
        });
      }
    };
    MysqlConnection = class {
      #rawConnection;
      constructor(rawConnection) {
        this.#rawConnection = rawConnection;
      }
      async executeQuery(compiledQuery) {
        try {
          const result = await this.#executeQuery(compiledQuery);
          if (isOkPacket(result)) {
            const { insertId, affectedRows, changedRows } = result;
            return {
              insertId: insertId !== void 0 && insertId !== null && insertId.toString() !== "0" ? BigInt(insertId) : void 0,
              numAffectedRows: affectedRows !== void 0 && affectedRows !== null ? BigInt(affectedRows) : void 0,
              numChangedRows: changedRows !== void 0 && changedRows !== null ? BigInt(changedRows) : void 0,
              rows: []
            };
          } else if (Array.isArray(result)) {
            return {
              rows: result
            };
          }
          return {
            rows: []
          };
        } catch (err) {
          throw extendStackTrace(err, new Error());
        }
      }
      #executeQuery(compiledQuery) {
        return new Promise((resolve, reject) => {
          this.#rawConnection.query(compiledQuery.sql, compiledQuery.parameters, (err, result) => {
            if (err) {
              reject(err);
            } else {
              resolve(result);
            }
          });
        });
      }
      async *streamQuery(compiledQuery, _chunkSize) {
        const stream = this.#rawConnection.query(compiledQuery.sql, compiledQuery.parameters).stream({
          objectMode: true
        });
        try {
          for await (const row of stream) {
            yield {
              rows: [row]
            };
          }
        } catch (ex) {
          if (ex && typeof ex === "object" && "code" in ex && // @ts-ignore
          ex.code === "ERR_STREAM_PREMATURE_CLOSE") {
            return;
          }
          throw ex;
        }
      }
      [PRIVATE_RELEASE_METHOD]() {
        this.#rawConnection.release();
      }
    };
  }
});

// node_modules/kysely/dist/esm/dialect/mysql/mysql-query-compiler.js
var LITERAL_ESCAPE_REGEX, ID_WRAP_REGEX3, JSON_PATH_MEMBER_ESCAPE_REGEX2, MysqlQueryCompiler;
var init_mysql_query_compiler = __esm({
  "node_modules/kysely/dist/esm/dialect/mysql/mysql-query-compiler.js"() {
    init_default_query_compiler();
    LITERAL_ESCAPE_REGEX = /[\\']/g;
    ID_WRAP_REGEX3 = /`/g;
    JSON_PATH_MEMBER_ESCAPE_REGEX2 = /[\\'"]/g;
    MysqlQueryCompiler = class extends DefaultQueryCompiler {
      getCurrentParameterPlaceholder() {
        return "?";
      }
      getLeftExplainOptionsWrapper() {
        return "";
      }
      getExplainOptionAssignment() {
        return "=";
      }
      getExplainOptionsDelimiter() {
        return " ";
      }
      getRightExplainOptionsWrapper() {
        return "";
      }
      getLeftIdentifierWrapper() {
        return ID_WRAP_REGEX3.source;
      }
      getRightIdentifierWrapper() {
        return ID_WRAP_REGEX3.source;
      }
      sanitizeIdentifier(identifier) {
        return identifier.replace(ID_WRAP_REGEX3, "``");
      }
      /**
       * MySQL requires escaping backslashes in string literals when using the
       * default NO_BACKSLASH_ESCAPES=OFF mode. Without this, a backslash
       * followed by a quote (\') can break out of the string literal.
       *
       * @see https://dev.mysql.com/doc/refman/9.6/en/string-literals.html
       */
      sanitizeStringLiteral(value) {
        return value.replace(LITERAL_ESCAPE_REGEX, (char) => char === "\\" ? "\\\\" : "''");
      }
      /**
       * Member values appear inside `"..."` in the JSON path, which itself sits
       * inside a SQL string literal. They must therefore be escaped twice — once
       * for the JSON path grammar, then again for MySQL's string literal parser.
       */
      sanitizeJSONPathMemberValue(value) {
        return value.replace(JSON_PATH_MEMBER_ESCAPE_REGEX2, (char) => char === "\\" ? "\\\\\\\\" : char === "'" ? "''" : '\\\\"');
      }
      visitCreateIndex(node) {
        this.append("create ");
        if (node.unique) {
          this.append("unique ");
        }
        this.append("index ");
        if (node.ifNotExists) {
          this.append("if not exists ");
        }
        this.visitNode(node.name);
        if (node.using) {
          this.append(" using ");
          this.visitNode(node.using);
        }
        if (node.table) {
          this.append(" on ");
          this.visitNode(node.table);
        }
        if (node.columns) {
          this.append(" (");
          this.compileList(node.columns);
          this.append(")");
        }
        if (node.where) {
          this.append(" ");
          this.visitNode(node.where);
        }
      }
    };
  }
});

// node_modules/kysely/dist/esm/dialect/mysql/mysql-introspector.js
var MysqlIntrospector;
var init_mysql_introspector = __esm({
  "node_modules/kysely/dist/esm/dialect/mysql/mysql-introspector.js"() {
    init_migrator();
    init_object_utils();
    init_sql();
    MysqlIntrospector = class {
      #db;
      constructor(db) {
        this.#db = db;
      }
      async getSchemas() {
        let rawSchemas = await this.#db.selectFrom("information_schema.schemata").select("schema_name").$castTo().execute();
        return rawSchemas.map((it) => ({ name: it.SCHEMA_NAME }));
      }
      async getTables(options = { withInternalKyselyTables: false }) {
        let query = this.#db.selectFrom("information_schema.columns as columns").innerJoin("information_schema.tables as tables", (b) => b.onRef("columns.TABLE_CATALOG", "=", "tables.TABLE_CATALOG").onRef("columns.TABLE_SCHEMA", "=", "tables.TABLE_SCHEMA").onRef("columns.TABLE_NAME", "=", "tables.TABLE_NAME")).select([
          "columns.COLUMN_NAME",
          "columns.COLUMN_DEFAULT",
          "columns.TABLE_NAME",
          "columns.TABLE_SCHEMA",
          "tables.TABLE_TYPE",
          "columns.IS_NULLABLE",
          "columns.DATA_TYPE",
          "columns.EXTRA",
          "columns.COLUMN_COMMENT"
        ]).where("columns.TABLE_SCHEMA", "=", sql`database()`).orderBy("columns.TABLE_NAME").orderBy("columns.ORDINAL_POSITION").$castTo();
        if (!options.withInternalKyselyTables) {
          query = query.where("columns.TABLE_NAME", "!=", DEFAULT_MIGRATION_TABLE).where("columns.TABLE_NAME", "!=", DEFAULT_MIGRATION_LOCK_TABLE);
        }
        const rawColumns = await query.execute();
        return this.#parseTableMetadata(rawColumns);
      }
      async getMetadata(options) {
        return {
          tables: await this.getTables(options)
        };
      }
      #parseTableMetadata(columns) {
        return columns.reduce((tables, it) => {
          let table = tables.find((tbl) => tbl.name === it.TABLE_NAME);
          if (!table) {
            table = freeze({
              name: it.TABLE_NAME,
              isView: it.TABLE_TYPE === "VIEW",
              schema: it.TABLE_SCHEMA,
              columns: []
            });
            tables.push(table);
          }
          table.columns.push(freeze({
            name: it.COLUMN_NAME,
            dataType: it.DATA_TYPE,
            isNullable: it.IS_NULLABLE === "YES",
            isAutoIncrementing: it.EXTRA.toLowerCase().includes("auto_increment"),
            hasDefaultValue: it.COLUMN_DEFAULT !== null,
            comment: it.COLUMN_COMMENT === "" ? void 0 : it.COLUMN_COMMENT
          }));
          return tables;
        }, []);
      }
    };
  }
});

// node_modules/kysely/dist/esm/dialect/mysql/mysql-adapter.js
var LOCK_ID2, LOCK_TIMEOUT_SECONDS, MysqlAdapter;
var init_mysql_adapter = __esm({
  "node_modules/kysely/dist/esm/dialect/mysql/mysql-adapter.js"() {
    init_sql();
    init_dialect_adapter_base();
    LOCK_ID2 = "ea586330-2c93-47c8-908d-981d9d270f9d";
    LOCK_TIMEOUT_SECONDS = 60 * 60;
    MysqlAdapter = class extends DialectAdapterBase {
      get supportsTransactionalDdl() {
        return false;
      }
      get supportsReturning() {
        return false;
      }
      async acquireMigrationLock(db, _opt) {
        await sql`select get_lock(${sql.lit(LOCK_ID2)}, ${sql.lit(LOCK_TIMEOUT_SECONDS)})`.execute(db);
      }
      async releaseMigrationLock(db, _opt) {
        await sql`select release_lock(${sql.lit(LOCK_ID2)})`.execute(db);
      }
    };
  }
});

// node_modules/kysely/dist/esm/dialect/mysql/mysql-dialect.js
var MysqlDialect;
var init_mysql_dialect = __esm({
  "node_modules/kysely/dist/esm/dialect/mysql/mysql-dialect.js"() {
    init_mysql_driver();
    init_mysql_query_compiler();
    init_mysql_introspector();
    init_mysql_adapter();
    MysqlDialect = class {
      #config;
      constructor(config) {
        this.#config = config;
      }
      createDriver() {
        return new MysqlDriver(this.#config);
      }
      createQueryCompiler() {
        return new MysqlQueryCompiler();
      }
      createAdapter() {
        return new MysqlAdapter();
      }
      createIntrospector(db) {
        return new MysqlIntrospector(db);
      }
    };
  }
});

// node_modules/kysely/dist/esm/dialect/mysql/mysql-dialect-config.js
var init_mysql_dialect_config = __esm({
  "node_modules/kysely/dist/esm/dialect/mysql/mysql-dialect-config.js"() {
  }
});

// node_modules/kysely/dist/esm/dialect/postgres/postgres-driver.js
var PRIVATE_RELEASE_METHOD2, PRIVATE_MARK_FOR_DISCARD_METHOD, PostgresDriver, PostgresConnection;
var init_postgres_driver = __esm({
  "node_modules/kysely/dist/esm/dialect/postgres/postgres-driver.js"() {
    init_aborted_transaction_error();
    init_savepoint_parser();
    init_compiled_query();
    init_object_utils();
    init_query_id();
    init_stack_trace_utils();
    PRIVATE_RELEASE_METHOD2 = Symbol();
    PRIVATE_MARK_FOR_DISCARD_METHOD = Symbol();
    PostgresDriver = class {
      #config;
      #connections = /* @__PURE__ */ new WeakMap();
      #pool;
      constructor(config) {
        this.#config = freeze({ ...config });
      }
      async init() {
        this.#pool = isFunction(this.#config.pool) ? await this.#config.pool() : this.#config.pool;
      }
      async acquireConnection() {
        const client2 = await this.#pool.connect();
        if (!this.#pool) {
          client2.release();
          throw new Error("driver has already been destroyed");
        }
        let connection = this.#connections.get(client2);
        if (!connection) {
          connection = new PostgresConnection(client2, {
            cursor: this.#config.cursor ?? null
          });
          this.#connections.set(client2, connection);
          if (this.#config.onCreateConnection) {
            await this.#config.onCreateConnection(connection);
          }
        }
        if (this.#config.onReserveConnection) {
          await this.#config.onReserveConnection(connection);
        }
        return connection;
      }
      async beginTransaction(connection, settings) {
        if (settings.isolationLevel || settings.accessMode) {
          let sql2 = "start transaction";
          if (settings.isolationLevel) {
            sql2 += ` isolation level ${settings.isolationLevel}`;
          }
          if (settings.accessMode) {
            sql2 += ` ${settings.accessMode}`;
          }
          await connection.executeQuery(CompiledQuery.raw(sql2));
        } else {
          await connection.executeQuery(CompiledQuery.raw("begin"));
        }
      }
      async commitTransaction(connection) {
        const { rows } = await connection.executeQuery(CompiledQuery.raw("commit"));
        if (rows[0]?.command === "ROLLBACK") {
          throw new AbortedTransactionError();
        }
      }
      async rollbackTransaction(connection) {
        try {
          await connection.executeQuery(CompiledQuery.raw("rollback"));
        } catch (err) {
          connection[PRIVATE_MARK_FOR_DISCARD_METHOD]();
          throw err;
        }
      }
      async savepoint(connection, savepointName, compileQuery) {
        await connection.executeQuery(compileQuery(parseSavepointCommand("savepoint", savepointName), createQueryId()));
      }
      async rollbackToSavepoint(connection, savepointName, compileQuery) {
        await connection.executeQuery(compileQuery(parseSavepointCommand("rollback to", savepointName), createQueryId()));
      }
      async releaseSavepoint(connection, savepointName, compileQuery) {
        await connection.executeQuery(compileQuery(parseSavepointCommand("release", savepointName), createQueryId()));
      }
      async releaseConnection(connection) {
        connection[PRIVATE_RELEASE_METHOD2]();
      }
      async destroy() {
        if (this.#pool) {
          const pool = this.#pool;
          this.#pool = void 0;
          await pool.end();
        }
      }
    };
    PostgresConnection = class {
      #client;
      #options;
      #discarded;
      constructor(client2, options) {
        this.#client = client2;
        this.#options = options;
      }
      async executeQuery(compiledQuery) {
        this.#assertNotDiscarded();
        try {
          const { command, rowCount, rows } = await this.#client.query(compiledQuery.sql, [...compiledQuery.parameters]);
          if (command === "ROLLBACK" || command === "COMMIT") {
            return { rows: [{ command }] };
          }
          return {
            numAffectedRows: command === "INSERT" || command === "UPDATE" || command === "DELETE" || command === "MERGE" ? BigInt(rowCount) : void 0,
            rows: rows ?? []
          };
        } catch (err) {
          throw extendStackTrace(err, new Error());
        }
      }
      async *streamQuery(compiledQuery, chunkSize) {
        if (!this.#options.cursor) {
          throw new Error("'cursor' is not present in your postgres dialect config. It's required to make streaming work in postgres.");
        }
        if (!Number.isInteger(chunkSize) || chunkSize <= 0) {
          throw new Error("chunkSize must be a positive integer");
        }
        this.#assertNotDiscarded();
        const cursor = this.#client.query(new this.#options.cursor(compiledQuery.sql, compiledQuery.parameters.slice()));
        try {
          while (true) {
            const rows = await cursor.read(chunkSize);
            if (rows.length === 0) {
              break;
            }
            yield {
              rows
            };
          }
        } finally {
          await cursor.close();
        }
      }
      [PRIVATE_RELEASE_METHOD2]() {
        this.#client.release(Boolean(this.#discarded));
      }
      [PRIVATE_MARK_FOR_DISCARD_METHOD]() {
        this.#discarded = true;
      }
      #assertNotDiscarded() {
        if (this.#discarded) {
          throw new Error("Postgres connection has been discarded");
        }
      }
    };
  }
});

// node_modules/kysely/dist/esm/dialect/postgres/postgres-dialect-config.js
var init_postgres_dialect_config = __esm({
  "node_modules/kysely/dist/esm/dialect/postgres/postgres-dialect-config.js"() {
  }
});

// node_modules/kysely/dist/esm/dialect/postgres/postgres-dialect.js
var PostgresDialect;
var init_postgres_dialect = __esm({
  "node_modules/kysely/dist/esm/dialect/postgres/postgres-dialect.js"() {
    init_postgres_driver();
    init_postgres_introspector();
    init_postgres_query_compiler();
    init_postgres_adapter();
    PostgresDialect = class {
      #config;
      constructor(config) {
        this.#config = config;
      }
      createDriver() {
        return new PostgresDriver(this.#config);
      }
      createQueryCompiler() {
        return new PostgresQueryCompiler();
      }
      createAdapter() {
        return new PostgresAdapter();
      }
      createIntrospector(db) {
        return new PostgresIntrospector(db);
      }
    };
  }
});

// node_modules/kysely/dist/esm/dialect/mssql/mssql-adapter.js
var init_mssql_adapter = __esm({
  "node_modules/kysely/dist/esm/dialect/mssql/mssql-adapter.js"() {
  }
});

// node_modules/kysely/dist/esm/dialect/mssql/mssql-dialect-config.js
var init_mssql_dialect_config = __esm({
  "node_modules/kysely/dist/esm/dialect/mssql/mssql-dialect-config.js"() {
  }
});

// node_modules/kysely/dist/esm/dialect/mssql/mssql-driver.js
var PRIVATE_RESET_METHOD, PRIVATE_DESTROY_METHOD, PRIVATE_VALIDATE_METHOD, MssqlConnection, MssqlRequest;
var init_mssql_driver = __esm({
  "node_modules/kysely/dist/esm/dialect/mssql/mssql-driver.js"() {
    init_object_utils();
    init_compiled_query();
    init_stack_trace_utils();
    init_random_string();
    init_deferred();
    PRIVATE_RESET_METHOD = Symbol();
    PRIVATE_DESTROY_METHOD = Symbol();
    PRIVATE_VALIDATE_METHOD = Symbol();
    MssqlConnection = class {
      #connection;
      #hasSocketError;
      #tedious;
      constructor(connection, tedious) {
        this.#connection = connection;
        this.#hasSocketError = false;
        this.#tedious = tedious;
      }
      async beginTransaction(settings) {
        const { isolationLevel } = settings;
        await new Promise((resolve, reject) => this.#connection.beginTransaction((error) => {
          if (error)
            reject(error);
          else
            resolve(void 0);
        }, isolationLevel ? randomString(8) : void 0, isolationLevel ? this.#getTediousIsolationLevel(isolationLevel) : void 0));
      }
      async commitTransaction() {
        await new Promise((resolve, reject) => this.#connection.commitTransaction((error) => {
          if (error)
            reject(error);
          else
            resolve(void 0);
        }));
      }
      async connect() {
        const { promise: waitForConnected, reject, resolve } = new Deferred();
        this.#connection.connect((error) => {
          if (error) {
            return reject(error);
          }
          resolve();
        });
        this.#connection.on("error", (error) => {
          if (error instanceof Error && "code" in error && error.code === "ESOCKET") {
            this.#hasSocketError = true;
          }
          console.error(error);
          reject(error);
        });
        function endListener() {
          reject(new Error("The connection ended without ever completing the connection"));
        }
        this.#connection.once("end", endListener);
        await waitForConnected;
        this.#connection.off("end", endListener);
        return this;
      }
      async executeQuery(compiledQuery) {
        try {
          const deferred = new Deferred();
          const request = new MssqlRequest({
            compiledQuery,
            tedious: this.#tedious,
            onDone: deferred
          });
          this.#connection.execSql(request.request);
          const { rowCount, rows } = await deferred.promise;
          return {
            numAffectedRows: rowCount !== void 0 ? BigInt(rowCount) : void 0,
            rows
          };
        } catch (err) {
          throw extendStackTrace(err, new Error());
        }
      }
      async rollbackTransaction(savepointName) {
        await new Promise((resolve, reject) => this.#connection.rollbackTransaction((error) => {
          if (error)
            reject(error);
          else
            resolve(void 0);
        }, savepointName));
      }
      async savepoint(savepointName) {
        await new Promise((resolve, reject) => this.#connection.saveTransaction((error) => {
          if (error)
            reject(error);
          else
            resolve(void 0);
        }, savepointName));
      }
      async *streamQuery(compiledQuery, chunkSize) {
        if (!Number.isInteger(chunkSize) || chunkSize <= 0) {
          throw new Error("chunkSize must be a positive integer");
        }
        const request = new MssqlRequest({
          compiledQuery,
          streamChunkSize: chunkSize,
          tedious: this.#tedious
        });
        this.#connection.execSql(request.request);
        try {
          while (true) {
            const rows = await request.readChunk();
            if (rows.length === 0) {
              break;
            }
            yield { rows };
            if (rows.length < chunkSize) {
              break;
            }
          }
        } finally {
          await this.#cancelRequest(request);
        }
      }
      #getTediousIsolationLevel(isolationLevel) {
        const { ISOLATION_LEVEL } = this.#tedious;
        const mapper = {
          "read committed": ISOLATION_LEVEL.READ_COMMITTED,
          "read uncommitted": ISOLATION_LEVEL.READ_UNCOMMITTED,
          "repeatable read": ISOLATION_LEVEL.REPEATABLE_READ,
          serializable: ISOLATION_LEVEL.SERIALIZABLE,
          snapshot: ISOLATION_LEVEL.SNAPSHOT
        };
        const tediousIsolationLevel = mapper[isolationLevel];
        if (tediousIsolationLevel === void 0) {
          throw new Error(`Unknown isolation level: ${isolationLevel}`);
        }
        return tediousIsolationLevel;
      }
      #cancelRequest(request) {
        return new Promise((resolve) => {
          request.request.once("requestCompleted", resolve);
          const wasCanceled = this.#connection.cancel();
          if (!wasCanceled) {
            request.request.off("requestCompleted", resolve);
            resolve();
          }
        });
      }
      [PRIVATE_DESTROY_METHOD]() {
        if ("closed" in this.#connection && this.#connection.closed) {
          return Promise.resolve();
        }
        return new Promise((resolve) => {
          this.#connection.once("end", resolve);
          this.#connection.close();
        });
      }
      async [PRIVATE_RESET_METHOD]() {
        await new Promise((resolve, reject) => {
          this.#connection.reset((error) => {
            if (error) {
              return reject(error);
            }
            resolve();
          });
        });
      }
      async [PRIVATE_VALIDATE_METHOD]() {
        if (this.#hasSocketError || this.#isConnectionClosed()) {
          return false;
        }
        try {
          const deferred = new Deferred();
          const request = new MssqlRequest({
            compiledQuery: CompiledQuery.raw("select 1"),
            onDone: deferred,
            tedious: this.#tedious
          });
          this.#connection.execSql(request.request);
          await deferred.promise;
          return true;
        } catch {
          return false;
        }
      }
      #isConnectionClosed() {
        return "closed" in this.#connection && Boolean(this.#connection.closed);
      }
    };
    MssqlRequest = class {
      #request;
      #rows;
      #streamChunkSize;
      #subscribers;
      #tedious;
      #rowCount;
      constructor(props) {
        const { compiledQuery, onDone, streamChunkSize, tedious } = props;
        this.#rows = [];
        this.#streamChunkSize = streamChunkSize;
        this.#subscribers = {};
        this.#tedious = tedious;
        if (onDone) {
          const subscriptionKey = "onDone";
          this.#subscribers[subscriptionKey] = (event, error) => {
            if (event === "chunkReady") {
              return;
            }
            delete this.#subscribers[subscriptionKey];
            if (event === "error") {
              return onDone.reject(error);
            }
            onDone.resolve({
              rowCount: this.#rowCount,
              rows: this.#rows
            });
          };
        }
        this.#request = new this.#tedious.Request(compiledQuery.sql, (err, rowCount) => {
          if (err) {
            return Object.values(this.#subscribers).forEach((subscriber) => subscriber("error", err instanceof AggregateError ? err.errors : err));
          }
          this.#rowCount = rowCount;
        });
        this.#addParametersToRequest(compiledQuery.parameters);
        this.#attachListeners();
      }
      get request() {
        return this.#request;
      }
      readChunk() {
        const subscriptionKey = this.readChunk.name;
        return new Promise((resolve, reject) => {
          this.#subscribers[subscriptionKey] = (event, error) => {
            delete this.#subscribers[subscriptionKey];
            if (event === "error") {
              return reject(error);
            }
            resolve(this.#rows.splice(0, this.#streamChunkSize));
          };
          this.#request.resume();
        });
      }
      #addParametersToRequest(parameters) {
        for (let i = 0; i < parameters.length; i++) {
          const parameter = parameters[i];
          this.#request.addParameter(String(i + 1), this.#getTediousDataType(parameter), parameter);
        }
      }
      #attachListeners() {
        const pauseAndEmitChunkReady = this.#streamChunkSize ? () => {
          if (this.#streamChunkSize <= this.#rows.length) {
            this.#request.pause();
            Object.values(this.#subscribers).forEach((subscriber) => subscriber("chunkReady"));
          }
        } : () => {
        };
        const rowListener = (columns) => {
          const row = {};
          for (const column of columns) {
            row[column.metadata.colName] = column.value;
          }
          this.#rows.push(row);
          pauseAndEmitChunkReady();
        };
        this.#request.on("row", rowListener);
        this.#request.once("requestCompleted", () => {
          Object.values(this.#subscribers).forEach((subscriber) => subscriber("completed"));
          this.#request.off("row", rowListener);
        });
      }
      #getTediousDataType(value) {
        if (isNull(value) || isUndefined(value) || isString(value)) {
          return this.#tedious.TYPES.NVarChar;
        }
        if (isBigInt(value) || isNumber(value) && value % 1 === 0) {
          if (value < -2147483648 || value > 2147483647) {
            return this.#tedious.TYPES.BigInt;
          } else {
            return this.#tedious.TYPES.Int;
          }
        }
        if (isNumber(value)) {
          return this.#tedious.TYPES.Float;
        }
        if (isBoolean(value)) {
          return this.#tedious.TYPES.Bit;
        }
        if (isDate(value)) {
          return this.#tedious.TYPES.DateTime;
        }
        if (isBuffer(value)) {
          return this.#tedious.TYPES.VarBinary;
        }
        return this.#tedious.TYPES.NVarChar;
      }
    };
  }
});

// node_modules/kysely/dist/esm/dialect/mssql/mssql-introspector.js
var init_mssql_introspector = __esm({
  "node_modules/kysely/dist/esm/dialect/mssql/mssql-introspector.js"() {
  }
});

// node_modules/kysely/dist/esm/dialect/mssql/mssql-query-compiler.js
var init_mssql_query_compiler = __esm({
  "node_modules/kysely/dist/esm/dialect/mssql/mssql-query-compiler.js"() {
  }
});

// node_modules/kysely/dist/esm/dialect/mssql/mssql-dialect.js
var init_mssql_dialect = __esm({
  "node_modules/kysely/dist/esm/dialect/mssql/mssql-dialect.js"() {
  }
});

// node_modules/kysely/dist/esm/query-compiler/query-compiler.js
var init_query_compiler = __esm({
  "node_modules/kysely/dist/esm/query-compiler/query-compiler.js"() {
  }
});

// node_modules/kysely/dist/esm/migration/file-migration-provider.js
var init_file_migration_provider = __esm({
  "node_modules/kysely/dist/esm/migration/file-migration-provider.js"() {
  }
});

// node_modules/kysely/dist/esm/plugin/kysely-plugin.js
var init_kysely_plugin = __esm({
  "node_modules/kysely/dist/esm/plugin/kysely-plugin.js"() {
  }
});

// node_modules/kysely/dist/esm/plugin/camel-case/camel-case-plugin.js
var init_camel_case_plugin = __esm({
  "node_modules/kysely/dist/esm/plugin/camel-case/camel-case-plugin.js"() {
  }
});

// node_modules/kysely/dist/esm/plugin/deduplicate-joins/deduplicate-joins-plugin.js
var init_deduplicate_joins_plugin = __esm({
  "node_modules/kysely/dist/esm/plugin/deduplicate-joins/deduplicate-joins-plugin.js"() {
  }
});

// node_modules/kysely/dist/esm/plugin/parse-json-results/parse-json-results-plugin.js
var init_parse_json_results_plugin = __esm({
  "node_modules/kysely/dist/esm/plugin/parse-json-results/parse-json-results-plugin.js"() {
  }
});

// node_modules/kysely/dist/esm/plugin/handle-empty-in-lists/handle-empty-in-lists-plugin.js
var init_handle_empty_in_lists_plugin = __esm({
  "node_modules/kysely/dist/esm/plugin/handle-empty-in-lists/handle-empty-in-lists-plugin.js"() {
  }
});

// node_modules/kysely/dist/esm/plugin/handle-empty-in-lists/handle-empty-in-lists.js
var init_handle_empty_in_lists = __esm({
  "node_modules/kysely/dist/esm/plugin/handle-empty-in-lists/handle-empty-in-lists.js"() {
  }
});

// node_modules/kysely/dist/esm/operation-node/constraint-node.js
var init_constraint_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/constraint-node.js"() {
  }
});

// node_modules/kysely/dist/esm/operation-node/operation-node.js
var init_operation_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/operation-node.js"() {
  }
});

// node_modules/kysely/dist/esm/operation-node/simple-reference-expression-node.js
var init_simple_reference_expression_node = __esm({
  "node_modules/kysely/dist/esm/operation-node/simple-reference-expression-node.js"() {
  }
});

// node_modules/kysely/dist/esm/util/column-type.js
var init_column_type = __esm({
  "node_modules/kysely/dist/esm/util/column-type.js"() {
  }
});

// node_modules/kysely/dist/esm/util/explainable.js
var init_explainable = __esm({
  "node_modules/kysely/dist/esm/util/explainable.js"() {
  }
});

// node_modules/kysely/dist/esm/util/streamable.js
var init_streamable = __esm({
  "node_modules/kysely/dist/esm/util/streamable.js"() {
  }
});

// node_modules/kysely/dist/esm/util/infer-result.js
var init_infer_result = __esm({
  "node_modules/kysely/dist/esm/util/infer-result.js"() {
  }
});

// node_modules/kysely/dist/esm/index.js
var init_esm2 = __esm({
  "node_modules/kysely/dist/esm/index.js"() {
    init_kysely();
    init_query_creator();
    init_expression();
    init_expression_wrapper();
    init_where_interface();
    init_returning_interface();
    init_output_interface();
    init_having_interface();
    init_order_by_interface();
    init_select_query_builder();
    init_insert_query_builder();
    init_update_query_builder();
    init_delete_query_builder();
    init_no_result_error();
    init_join_builder();
    init_function_module();
    init_insert_result();
    init_delete_result();
    init_update_result();
    init_on_conflict_builder();
    init_aggregate_function_builder();
    init_case_builder();
    init_json_path_builder();
    init_merge_query_builder();
    init_merge_result();
    init_order_by_item_builder();
    init_raw_builder();
    init_sql();
    init_query_executor();
    init_default_query_executor();
    init_noop_query_executor();
    init_query_executor_provider();
    init_default_query_compiler();
    init_compiled_query();
    init_schema();
    init_create_table_builder();
    init_create_type_builder();
    init_drop_table_builder();
    init_drop_type_builder();
    init_create_index_builder();
    init_drop_index_builder();
    init_create_schema_builder();
    init_drop_schema_builder();
    init_column_definition_builder();
    init_foreign_key_constraint_builder();
    init_alter_table_builder();
    init_create_view_builder();
    init_refresh_materialized_view_builder();
    init_drop_view_builder();
    init_alter_column_builder();
    init_dynamic();
    init_dynamic_reference_builder();
    init_dynamic_table_builder();
    init_driver();
    init_aborted_transaction_error();
    init_database_connection();
    init_connection_provider();
    init_default_connection_provider();
    init_single_connection_provider();
    init_dummy_driver();
    init_dialect();
    init_dialect_adapter();
    init_dialect_adapter_base();
    init_database_introspector();
    init_sqlite_dialect();
    init_sqlite_dialect_config();
    init_sqlite_driver();
    init_postgres_query_compiler();
    init_postgres_introspector();
    init_postgres_adapter();
    init_mysql_dialect();
    init_mysql_dialect_config();
    init_mysql_driver();
    init_mysql_query_compiler();
    init_mysql_introspector();
    init_mysql_adapter();
    init_postgres_driver();
    init_postgres_dialect_config();
    init_postgres_dialect();
    init_sqlite_query_compiler();
    init_sqlite_introspector();
    init_sqlite_adapter();
    init_mssql_adapter();
    init_mssql_dialect_config();
    init_mssql_dialect();
    init_mssql_driver();
    init_mssql_introspector();
    init_mssql_query_compiler();
    init_default_query_compiler();
    init_query_compiler();
    init_migrator();
    init_file_migration_provider();
    init_kysely_plugin();
    init_camel_case_plugin();
    init_deduplicate_joins_plugin();
    init_with_schema_plugin();
    init_parse_json_results_plugin();
    init_handle_empty_in_lists_plugin();
    init_handle_empty_in_lists();
    init_add_column_node();
    init_add_constraint_node();
    init_add_index_node();
    init_aggregate_function_node();
    init_alias_node();
    init_alter_column_node();
    init_alter_table_node();
    init_and_node();
    init_binary_operation_node();
    init_case_node();
    init_cast_node();
    init_check_constraint_node();
    init_collate_node();
    init_column_definition_node();
    init_column_node();
    init_column_update_node();
    init_common_table_expression_name_node();
    init_common_table_expression_node();
    init_constraint_node();
    init_create_index_node();
    init_create_schema_node();
    init_create_table_node();
    init_create_type_node();
    init_create_view_node();
    init_refresh_materialized_view_node();
    init_data_type_node();
    init_default_insert_value_node();
    init_default_value_node();
    init_delete_query_node();
    init_drop_column_node();
    init_drop_constraint_node();
    init_drop_index_node();
    init_drop_schema_node();
    init_drop_table_node();
    init_drop_type_node();
    init_drop_view_node();
    init_explain_node();
    init_fetch_node();
    init_foreign_key_constraint_node();
    init_from_node();
    init_function_node();
    init_generated_node();
    init_group_by_item_node();
    init_group_by_node();
    init_having_node();
    init_identifier_node();
    init_insert_query_node();
    init_join_node();
    init_json_operator_chain_node();
    init_json_path_leg_node();
    init_json_path_node();
    init_json_reference_node();
    init_limit_node();
    init_list_node();
    init_matched_node();
    init_merge_query_node();
    init_modify_column_node();
    init_offset_node();
    init_on_conflict_node();
    init_on_duplicate_key_node();
    init_on_node();
    init_operation_node_source();
    init_operation_node_transformer();
    init_operation_node_visitor();
    init_operation_node();
    init_operator_node();
    init_or_action_node();
    init_or_node();
    init_order_by_item_node();
    init_order_by_node();
    init_output_node();
    init_over_node();
    init_parens_node();
    init_partition_by_item_node();
    init_partition_by_node();
    init_primary_key_constraint_node();
    init_primitive_value_list_node();
    init_query_node();
    init_raw_node();
    init_reference_node();
    init_references_node();
    init_rename_column_node();
    init_rename_constraint_node();
    init_returning_node();
    init_schemable_identifier_node();
    init_select_all_node();
    init_select_modifier_node();
    init_select_query_node();
    init_selection_node();
    init_set_operation_node();
    init_simple_reference_expression_node();
    init_table_node();
    init_top_node();
    init_tuple_node();
    init_unary_operation_node();
    init_unique_constraint_node();
    init_update_query_node();
    init_using_node();
    init_value_list_node();
    init_value_node();
    init_values_node();
    init_when_node();
    init_where_node();
    init_with_node();
    init_column_type();
    init_compilable();
    init_explainable();
    init_streamable();
    init_log();
    init_infer_result();
  }
});

// src/db/dialect-sql.ts
function ignoringDuplicates(backend, query) {
  switch (backend) {
    case "sqlite":
    case "postgres":
      return query.onConflict((conflict) => conflict.doNothing());
    case "mysql":
      return query.onDuplicateKeyUpdate({ id: sql`id` });
    default:
      return backend;
  }
}
async function updateCounters(backend, db, rows) {
  for (let start = 0; start < rows.length; start += COUNTER_CHUNK) {
    await updateCounterChunk(backend, db, rows.slice(start, start + COUNTER_CHUNK));
  }
}
async function updateCounterChunk(backend, db, rows) {
  switch (backend) {
    case "postgres":
      await sql`update session as s set duration = v.duration, bytes_in = v.bytes_in, bytes_out = v.bytes_out
        from unnest(cast(${arrayLiteral(rows.map((r) => r.id))} as bigint[]), cast(${arrayLiteral(rows.map((r) => r.duration))} as integer[]),
                    cast(${arrayLiteral(rows.map((r) => r.bytesIn))} as bigint[]), cast(${arrayLiteral(rows.map((r) => r.bytesOut))} as bigint[]))
          as v(id, duration, bytes_in, bytes_out)
        where s.id = v.id and s.disconnect_time is null`.execute(db);
      return;
    case "sqlite":
      await sql`update session not indexed set duration = v.value ->> 1, bytes_in = v.value ->> 2, bytes_out = v.value ->> 3
        from json_each(${countersJson(rows)}) as v
        where session.id = v.value ->> 0 and session.disconnect_time is null`.execute(db);
      return;
    case "mysql":
      await sql`update session as s join json_table(${countersJson(rows)}, '$[*]' columns (
          id bigint unsigned path '$[0]', duration int path '$[1]',
          bytes_in bigint unsigned path '$[2]', bytes_out bigint unsigned path '$[3]')) as v on s.id = v.id
        set s.duration = v.duration, s.bytes_in = v.bytes_in, s.bytes_out = v.bytes_out
        where s.disconnect_time is null`.execute(db);
      return;
    default:
      return backend;
  }
}
function arrayLiteral(values) {
  return `{${values.join(",")}}`;
}
function countersJson(rows) {
  return `[${rows.map((r) => `[${r.id},${r.duration},${r.bytesIn},${r.bytesOut}]`).join(",")}]`;
}
var COUNTER_CHUNK;
var init_dialect_sql = __esm({
  "src/db/dialect-sql.ts"() {
    "use strict";
    init_esm2();
    COUNTER_CHUNK = 25e3;
  }
});

// src/db/int8.ts
function toBigInt(value) {
  return typeof value === "bigint" ? value : BigInt(value);
}
function toNumber(value) {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new RangeError(`integer ${String(value)} is too large for this field`);
  return number;
}
function toNullableBigInt(value) {
  return value === null ? null : toBigInt(value);
}
function toNullableNumber(value) {
  return value === null ? null : toNumber(value);
}
var init_int8 = __esm({
  "src/db/int8.ts"() {
    "use strict";
  }
});

// node_modules/ipaddr.js/lib/ipaddr.js
var require_ipaddr = __commonJS({
  "node_modules/ipaddr.js/lib/ipaddr.js"(exports2, module2) {
    (function(root) {
      "use strict";
      const ipv4Part = "(0?\\d+|0x[a-f0-9]+)";
      const ipv4Regexes = {
        fourOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, "i"),
        threeOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, "i"),
        twoOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}$`, "i"),
        longValue: new RegExp(`^${ipv4Part}$`, "i")
      };
      const octalRegex = new RegExp(`^0[0-7]+$`, "i");
      const hexRegex = new RegExp(`^0x[a-f0-9]+$`, "i");
      const zoneIndex = "%[0-9a-z]{1,}";
      const ipv6Part = "(?:[0-9a-f]+::?)+";
      const ipv6Regexes = {
        zoneIndex: new RegExp(zoneIndex, "i"),
        "native": new RegExp(`^(::)?(${ipv6Part})?([0-9a-f]+)?(::)?(${zoneIndex})?$`, "i"),
        deprecatedTransitional: new RegExp(`^(?:::)(${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?)$`, "i"),
        transitional: new RegExp(`^((?:${ipv6Part})|(?:::)(?:${ipv6Part})?)${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?$`, "i")
      };
      function expandIPv6(string, parts) {
        if (string.indexOf("::") !== string.lastIndexOf("::")) {
          return null;
        }
        let colonCount = 0;
        let lastColon = -1;
        let zoneId = (string.match(ipv6Regexes.zoneIndex) || [])[0];
        let replacement, replacementCount;
        if (zoneId) {
          zoneId = zoneId.substring(1);
          string = string.replace(/%.+$/, "");
        }
        while ((lastColon = string.indexOf(":", lastColon + 1)) >= 0) {
          colonCount++;
        }
        if (string.substr(0, 2) === "::") {
          colonCount--;
        }
        if (string.substr(-2, 2) === "::") {
          colonCount--;
        }
        if (colonCount >= parts) {
          return null;
        }
        replacementCount = parts - colonCount;
        replacement = ":";
        while (replacementCount--) {
          replacement += "0:";
        }
        string = string.replace("::", replacement);
        if (string[0] === ":") {
          string = string.slice(1);
        }
        if (string[string.length - 1] === ":") {
          string = string.slice(0, -1);
        }
        parts = (function() {
          const ref = string.split(":");
          const results = [];
          for (let i = 0; i < ref.length; i++) {
            results.push(ref[i].length > 4 ? NaN : parseInt(ref[i], 16));
          }
          return results;
        })();
        return {
          parts,
          zoneId
        };
      }
      function matchCIDR(first, second, partSize, cidrBits) {
        if (first.length !== second.length) {
          throw new Error("ipaddr: cannot match CIDR for objects with different lengths");
        }
        let part = 0;
        let shift;
        while (cidrBits > 0) {
          shift = partSize - cidrBits;
          if (shift < 0) {
            shift = 0;
          }
          if (first[part] >> shift !== second[part] >> shift) {
            return false;
          }
          cidrBits -= partSize;
          part += 1;
        }
        return true;
      }
      function parseIntAuto(string) {
        if (hexRegex.test(string)) {
          return parseInt(string, 16);
        }
        if (string[0] === "0" && !isNaN(parseInt(string[1], 10))) {
          if (octalRegex.test(string)) {
            return parseInt(string, 8);
          }
          throw new Error(`ipaddr: cannot parse ${string} as octal`);
        }
        return parseInt(string, 10);
      }
      function padPart(part, length) {
        while (part.length < length) {
          part = `0${part}`;
        }
        return part;
      }
      const ipaddr2 = {};
      ipaddr2.IPv4 = (function() {
        function IPv4(octets) {
          if (octets.length !== 4) {
            throw new Error("ipaddr: ipv4 octet count should be 4");
          }
          let i, octet;
          for (i = 0; i < octets.length; i++) {
            octet = octets[i];
            if (!(0 <= octet && octet <= 255)) {
              throw new Error("ipaddr: ipv4 octet should fit in 8 bits");
            }
          }
          this.octets = octets;
        }
        IPv4.prototype.SpecialRanges = {
          unspecified: [[new IPv4([0, 0, 0, 0]), 8]],
          broadcast: [[new IPv4([255, 255, 255, 255]), 32]],
          // RFC3171
          multicast: [[new IPv4([224, 0, 0, 0]), 4]],
          // RFC3927
          linkLocal: [[new IPv4([169, 254, 0, 0]), 16]],
          // RFC5735
          loopback: [[new IPv4([127, 0, 0, 0]), 8]],
          // RFC6598
          carrierGradeNat: [[new IPv4([100, 64, 0, 0]), 10]],
          // RFC1918
          "private": [
            [new IPv4([10, 0, 0, 0]), 8],
            [new IPv4([172, 16, 0, 0]), 12],
            [new IPv4([192, 168, 0, 0]), 16]
          ],
          // Reserved and testing-only ranges; RFCs 5735, 5737, 2544, 1700
          reserved: [
            [new IPv4([192, 0, 0, 0]), 24],
            [new IPv4([192, 0, 2, 0]), 24],
            [new IPv4([192, 88, 99, 0]), 24],
            [new IPv4([198, 18, 0, 0]), 15],
            [new IPv4([198, 51, 100, 0]), 24],
            [new IPv4([203, 0, 113, 0]), 24],
            [new IPv4([240, 0, 0, 0]), 4]
          ],
          // RFC7534, RFC7535
          as112: [
            [new IPv4([192, 175, 48, 0]), 24],
            [new IPv4([192, 31, 196, 0]), 24]
          ],
          // RFC7450
          amt: [
            [new IPv4([192, 52, 193, 0]), 24]
          ]
        };
        IPv4.prototype.kind = function() {
          return "ipv4";
        };
        IPv4.prototype.match = function(other, cidrRange) {
          let ref;
          if (cidrRange === void 0) {
            ref = other;
            other = ref[0];
            cidrRange = ref[1];
          }
          if (other.kind() !== "ipv4") {
            throw new Error("ipaddr: cannot match ipv4 address with non-ipv4 one");
          }
          return matchCIDR(this.octets, other.octets, 8, cidrRange);
        };
        IPv4.prototype.prefixLengthFromSubnetMask = function() {
          let cidr = 0;
          let stop = false;
          const zerotable = {
            0: 8,
            128: 7,
            192: 6,
            224: 5,
            240: 4,
            248: 3,
            252: 2,
            254: 1,
            255: 0
          };
          let i, octet, zeros;
          for (i = 3; i >= 0; i -= 1) {
            octet = this.octets[i];
            if (octet in zerotable) {
              zeros = zerotable[octet];
              if (stop && zeros !== 0) {
                return null;
              }
              if (zeros !== 8) {
                stop = true;
              }
              cidr += zeros;
            } else {
              return null;
            }
          }
          return 32 - cidr;
        };
        IPv4.prototype.range = function() {
          return ipaddr2.subnetMatch(this, this.SpecialRanges);
        };
        IPv4.prototype.toByteArray = function() {
          return this.octets.slice(0);
        };
        IPv4.prototype.toIPv4MappedAddress = function() {
          return ipaddr2.IPv6.parse(`::ffff:${this.toString()}`);
        };
        IPv4.prototype.toNormalizedString = function() {
          return this.toString();
        };
        IPv4.prototype.toString = function() {
          return this.octets.join(".");
        };
        return IPv4;
      })();
      ipaddr2.IPv4.broadcastAddressFromCIDR = function(string) {
        try {
          const cidr = this.parseCIDR(string);
          const ipInterfaceOctets = cidr[0].toByteArray();
          const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          const octets = [];
          let i = 0;
          while (i < 4) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv4 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv4.isIPv4 = function(string) {
        return this.parser(string) !== null;
      };
      ipaddr2.IPv4.isValid = function(string) {
        try {
          new this(this.parser(string));
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv4.isValidCIDR = function(string) {
        try {
          this.parseCIDR(string);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv4.isValidFourPartDecimal = function(string) {
        if (ipaddr2.IPv4.isValid(string) && string.match(/^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/)) {
          return true;
        } else {
          return false;
        }
      };
      ipaddr2.IPv4.isValidCIDRFourPartDecimal = function(string) {
        const match = string.match(/^(.+)\/(\d+)$/);
        if (!ipaddr2.IPv4.isValidCIDR(string) || !match) {
          return false;
        }
        return ipaddr2.IPv4.isValidFourPartDecimal(match[1]);
      };
      ipaddr2.IPv4.networkAddressFromCIDR = function(string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;
        try {
          cidr = this.parseCIDR(string);
          ipInterfaceOctets = cidr[0].toByteArray();
          subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          octets = [];
          i = 0;
          while (i < 4) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv4 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv4.parse = function(string) {
        const parts = this.parser(string);
        if (parts === null) {
          throw new Error("ipaddr: string is not formatted like an IPv4 Address");
        }
        return new this(parts);
      };
      ipaddr2.IPv4.parseCIDR = function(string) {
        let match;
        if (match = string.match(/^(.+)\/(\d+)$/)) {
          const maskLength = parseInt(match[2]);
          if (maskLength >= 0 && maskLength <= 32) {
            const parsed = [this.parse(match[1]), maskLength];
            Object.defineProperty(parsed, "toString", {
              value: function() {
                return this.join("/");
              }
            });
            return parsed;
          }
        }
        throw new Error("ipaddr: string is not formatted like an IPv4 CIDR range");
      };
      ipaddr2.IPv4.parser = function(string) {
        let match, part, value;
        if (match = string.match(ipv4Regexes.fourOctet)) {
          return (function() {
            const ref = match.slice(1, 6);
            const results = [];
            for (let i = 0; i < ref.length; i++) {
              part = ref[i];
              results.push(parseIntAuto(part));
            }
            return results;
          })();
        } else if (match = string.match(ipv4Regexes.longValue)) {
          value = parseIntAuto(match[1]);
          if (value > 4294967295 || value < 0) {
            throw new Error("ipaddr: address outside defined range");
          }
          return (function() {
            const results = [];
            let shift;
            for (shift = 0; shift <= 24; shift += 8) {
              results.push(value >> shift & 255);
            }
            return results;
          })().reverse();
        } else if (match = string.match(ipv4Regexes.twoOctet)) {
          return (function() {
            const ref = match.slice(1, 4);
            const results = [];
            value = parseIntAuto(ref[1]);
            if (value > 16777215 || value < 0) {
              throw new Error("ipaddr: address outside defined range");
            }
            results.push(parseIntAuto(ref[0]));
            results.push(value >> 16 & 255);
            results.push(value >> 8 & 255);
            results.push(value & 255);
            return results;
          })();
        } else if (match = string.match(ipv4Regexes.threeOctet)) {
          return (function() {
            const ref = match.slice(1, 5);
            const results = [];
            value = parseIntAuto(ref[2]);
            if (value > 65535 || value < 0) {
              throw new Error("ipaddr: address outside defined range");
            }
            results.push(parseIntAuto(ref[0]));
            results.push(parseIntAuto(ref[1]));
            results.push(value >> 8 & 255);
            results.push(value & 255);
            return results;
          })();
        } else {
          return null;
        }
      };
      ipaddr2.IPv4.subnetMaskFromPrefixLength = function(prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 32) {
          throw new Error("ipaddr: invalid IPv4 prefix length");
        }
        const octets = [0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);
        while (j < filledOctetCount) {
          octets[j] = 255;
          j++;
        }
        if (filledOctetCount < 4) {
          octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - prefix % 8;
        }
        return new this(octets);
      };
      ipaddr2.IPv6 = (function() {
        function IPv6(parts, zoneId) {
          let i, part;
          if (parts.length === 16) {
            this.parts = [];
            for (i = 0; i <= 14; i += 2) {
              this.parts.push(parts[i] << 8 | parts[i + 1]);
            }
          } else if (parts.length === 8) {
            this.parts = parts;
          } else {
            throw new Error("ipaddr: ipv6 part count should be 8 or 16");
          }
          for (i = 0; i < this.parts.length; i++) {
            part = this.parts[i];
            if (!(0 <= part && part <= 65535)) {
              throw new Error("ipaddr: ipv6 part should fit in 16 bits");
            }
          }
          if (zoneId) {
            this.zoneId = zoneId;
          }
        }
        IPv6.prototype.SpecialRanges = {
          // RFC4291, here and after
          unspecified: [new IPv6([0, 0, 0, 0, 0, 0, 0, 0]), 128],
          linkLocal: [new IPv6([65152, 0, 0, 0, 0, 0, 0, 0]), 10],
          multicast: [new IPv6([65280, 0, 0, 0, 0, 0, 0, 0]), 8],
          loopback: [new IPv6([0, 0, 0, 0, 0, 0, 0, 1]), 128],
          uniqueLocal: [new IPv6([64512, 0, 0, 0, 0, 0, 0, 0]), 7],
          ipv4Mapped: [new IPv6([0, 0, 0, 0, 0, 65535, 0, 0]), 96],
          // RFC3879
          deprecatedSiteLocal: [new IPv6([65216, 0, 0, 0, 0, 0, 0, 0]), 10],
          // RFC6666
          discard: [new IPv6([256, 0, 0, 0, 0, 0, 0, 0]), 64],
          // RFC6145
          rfc6145: [new IPv6([0, 0, 0, 0, 65535, 0, 0, 0]), 96],
          rfc6052: [
            // RFC6052
            [new IPv6([100, 65435, 0, 0, 0, 0, 0, 0]), 96],
            // RFC8215
            [new IPv6([100, 65435, 1, 0, 0, 0, 0, 0]), 48]
          ],
          // RFC3056
          "6to4": [new IPv6([8194, 0, 0, 0, 0, 0, 0, 0]), 16],
          // RFC6052, RFC6146
          teredo: [new IPv6([8193, 0, 0, 0, 0, 0, 0, 0]), 32],
          // RFC5180
          benchmarking: [new IPv6([8193, 2, 0, 0, 0, 0, 0, 0]), 48],
          // RFC7450
          amt: [new IPv6([8193, 3, 0, 0, 0, 0, 0, 0]), 32],
          as112v6: [
            // RFC7535
            [new IPv6([8193, 4, 274, 0, 0, 0, 0, 0]), 48],
            // RFC7534
            [new IPv6([9760, 79, 32768, 0, 0, 0, 0, 0]), 48]
          ],
          // RFC4843
          deprecatedOrchid: [new IPv6([8193, 16, 0, 0, 0, 0, 0, 0]), 28],
          // RFC7343
          orchid2: [new IPv6([8193, 32, 0, 0, 0, 0, 0, 0]), 28],
          // RFC9374
          droneRemoteIdProtocolEntityTags: [new IPv6([8193, 48, 0, 0, 0, 0, 0, 0]), 28],
          // RFC9602
          segmentRouting: [new IPv6([24320, 0, 0, 0, 0, 0, 0, 0]), 16],
          reserved: [
            // RFC3849
            [new IPv6([8193, 0, 0, 0, 0, 0, 0, 0]), 23],
            // RFC2928
            [new IPv6([8193, 3512, 0, 0, 0, 0, 0, 0]), 32],
            // RFC9637
            [new IPv6([16383, 0, 0, 0, 0, 0, 0, 0]), 20]
          ]
        };
        IPv6.prototype.isIPv4MappedAddress = function() {
          return this.range() === "ipv4Mapped";
        };
        IPv6.prototype.kind = function() {
          return "ipv6";
        };
        IPv6.prototype.match = function(other, cidrRange) {
          let ref;
          if (cidrRange === void 0) {
            ref = other;
            other = ref[0];
            cidrRange = ref[1];
          }
          if (other.kind() !== "ipv6") {
            throw new Error("ipaddr: cannot match ipv6 address with non-ipv6 one");
          }
          return matchCIDR(this.parts, other.parts, 16, cidrRange);
        };
        IPv6.prototype.prefixLengthFromSubnetMask = function() {
          let cidr = 0;
          let stop = false;
          const zerotable = {
            0: 16,
            32768: 15,
            49152: 14,
            57344: 13,
            61440: 12,
            63488: 11,
            64512: 10,
            65024: 9,
            65280: 8,
            65408: 7,
            65472: 6,
            65504: 5,
            65520: 4,
            65528: 3,
            65532: 2,
            65534: 1,
            65535: 0
          };
          let part, zeros;
          for (let i = 7; i >= 0; i -= 1) {
            part = this.parts[i];
            if (part in zerotable) {
              zeros = zerotable[part];
              if (stop && zeros !== 0) {
                return null;
              }
              if (zeros !== 16) {
                stop = true;
              }
              cidr += zeros;
            } else {
              return null;
            }
          }
          return 128 - cidr;
        };
        IPv6.prototype.range = function() {
          return ipaddr2.subnetMatch(this, this.SpecialRanges);
        };
        IPv6.prototype.toByteArray = function() {
          let part;
          const bytes = [];
          const ref = this.parts;
          for (let i = 0; i < ref.length; i++) {
            part = ref[i];
            bytes.push(part >> 8);
            bytes.push(part & 255);
          }
          return bytes;
        };
        IPv6.prototype.toFixedLengthString = function() {
          const addr = (function() {
            const results = [];
            for (let i = 0; i < this.parts.length; i++) {
              results.push(padPart(this.parts[i].toString(16), 4));
            }
            return results;
          }).call(this).join(":");
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          return addr + suffix;
        };
        IPv6.prototype.toIPv4Address = function() {
          if (!this.isIPv4MappedAddress()) {
            throw new Error("ipaddr: trying to convert a generic ipv6 address to ipv4");
          }
          const ref = this.parts.slice(-2);
          const high = ref[0];
          const low = ref[1];
          return new ipaddr2.IPv4([high >> 8, high & 255, low >> 8, low & 255]);
        };
        IPv6.prototype.toNormalizedString = function() {
          const addr = (function() {
            const results = [];
            for (let i = 0; i < this.parts.length; i++) {
              results.push(this.parts[i].toString(16));
            }
            return results;
          }).call(this).join(":");
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          return addr + suffix;
        };
        IPv6.prototype.toRFC5952String = function() {
          const regex2 = /((^|:)(0(:|$)){2,})/g;
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          const normalized = this.toNormalizedString();
          const string = normalized.slice(0, normalized.length - suffix.length);
          let bestMatchIndex = 0;
          let bestMatchLength = -1;
          let bestMatchGroups = -1;
          let match;
          while (match = regex2.exec(string)) {
            const groups = (match[0].match(/0/g) || []).length;
            if (groups > bestMatchGroups) {
              bestMatchGroups = groups;
              bestMatchIndex = match.index;
              bestMatchLength = match[0].length;
            }
          }
          if (bestMatchLength < 0) {
            return string + suffix;
          }
          return `${string.substring(0, bestMatchIndex)}::${string.substring(bestMatchIndex + bestMatchLength)}${suffix}`;
        };
        IPv6.prototype.toString = function() {
          return this.toRFC5952String();
        };
        return IPv6;
      })();
      ipaddr2.IPv6.broadcastAddressFromCIDR = function(string) {
        try {
          const cidr = this.parseCIDR(string);
          const ipInterfaceOctets = cidr[0].toByteArray();
          const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          const octets = [];
          let i = 0;
          while (i < 16) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv6 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv6.isIPv6 = function(string) {
        return this.parser(string) !== null;
      };
      ipaddr2.IPv6.isValid = function(string) {
        if (typeof string === "string" && string.indexOf(":") === -1) {
          return false;
        }
        try {
          const addr = this.parser(string);
          new this(addr.parts, addr.zoneId);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv6.isValidCIDR = function(string) {
        if (typeof string === "string" && string.indexOf(":") === -1) {
          return false;
        }
        try {
          this.parseCIDR(string);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv6.networkAddressFromCIDR = function(string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;
        try {
          cidr = this.parseCIDR(string);
          ipInterfaceOctets = cidr[0].toByteArray();
          subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          octets = [];
          i = 0;
          while (i < 16) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv6 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv6.parse = function(string) {
        const addr = this.parser(string);
        if (addr === null) {
          throw new Error("ipaddr: string is not formatted like an IPv6 Address");
        }
        return new this(addr.parts, addr.zoneId);
      };
      ipaddr2.IPv6.parseCIDR = function(string) {
        let maskLength, match, parsed;
        if (match = string.match(/^(.+)\/(\d+)$/)) {
          maskLength = parseInt(match[2]);
          if (maskLength >= 0 && maskLength <= 128) {
            parsed = [this.parse(match[1]), maskLength];
            Object.defineProperty(parsed, "toString", {
              value: function() {
                return this.join("/");
              }
            });
            return parsed;
          }
        }
        throw new Error("ipaddr: string is not formatted like an IPv6 CIDR range");
      };
      ipaddr2.IPv6.parser = function(string) {
        let addr, i, match, octet, octets, zoneId;
        if (match = string.match(ipv6Regexes.deprecatedTransitional)) {
          return this.parser(`::ffff:${match[1]}`);
        }
        if (ipv6Regexes.native.test(string)) {
          return expandIPv6(string, 8);
        }
        if (match = string.match(ipv6Regexes.transitional)) {
          zoneId = match[6] || "";
          addr = match[1];
          if (!match[1].endsWith("::")) {
            addr = addr.slice(0, -1);
          }
          addr = expandIPv6(addr + zoneId, 6);
          if (addr && addr.parts) {
            octets = [
              parseInt(match[2]),
              parseInt(match[3]),
              parseInt(match[4]),
              parseInt(match[5])
            ];
            for (i = 0; i < octets.length; i++) {
              octet = octets[i];
              if (!(0 <= octet && octet <= 255)) {
                return null;
              }
            }
            addr.parts.push(octets[0] << 8 | octets[1]);
            addr.parts.push(octets[2] << 8 | octets[3]);
            return {
              parts: addr.parts,
              zoneId: addr.zoneId
            };
          }
        }
        return null;
      };
      ipaddr2.IPv6.subnetMaskFromPrefixLength = function(prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 128) {
          throw new Error("ipaddr: invalid IPv6 prefix length");
        }
        const octets = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);
        while (j < filledOctetCount) {
          octets[j] = 255;
          j++;
        }
        if (filledOctetCount < 16) {
          octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - prefix % 8;
        }
        return new this(octets);
      };
      ipaddr2.fromByteArray = function(bytes) {
        const length = bytes.length;
        if (length === 4) {
          return new ipaddr2.IPv4(bytes);
        } else if (length === 16) {
          return new ipaddr2.IPv6(bytes);
        } else {
          throw new Error("ipaddr: the binary input is neither an IPv6 nor IPv4 address");
        }
      };
      ipaddr2.isValid = function(string) {
        return ipaddr2.IPv6.isValid(string) || ipaddr2.IPv4.isValid(string);
      };
      ipaddr2.isValidCIDR = function(string) {
        return ipaddr2.IPv6.isValidCIDR(string) || ipaddr2.IPv4.isValidCIDR(string);
      };
      ipaddr2.parse = function(string) {
        if (ipaddr2.IPv6.isValid(string)) {
          return ipaddr2.IPv6.parse(string);
        } else if (ipaddr2.IPv4.isValid(string)) {
          return ipaddr2.IPv4.parse(string);
        } else {
          throw new Error("ipaddr: the address has neither IPv6 nor IPv4 format");
        }
      };
      ipaddr2.parseCIDR = function(string) {
        try {
          return ipaddr2.IPv6.parseCIDR(string);
        } catch {
          try {
            return ipaddr2.IPv4.parseCIDR(string);
          } catch (e) {
            throw new Error("ipaddr: the address has neither IPv6 nor IPv4 CIDR format", { cause: e });
          }
        }
      };
      ipaddr2.process = function(string) {
        const addr = this.parse(string);
        if (addr.kind() === "ipv6" && addr.isIPv4MappedAddress()) {
          return addr.toIPv4Address();
        } else {
          return addr;
        }
      };
      ipaddr2.subnetMatch = function(address, rangeList, defaultName) {
        let i, rangeName, rangeSubnets, subnet;
        if (defaultName === void 0 || defaultName === null) {
          defaultName = "unicast";
        }
        for (rangeName in rangeList) {
          if (Object.prototype.hasOwnProperty.call(rangeList, rangeName)) {
            rangeSubnets = rangeList[rangeName];
            if (rangeSubnets[0] && !(rangeSubnets[0] instanceof Array)) {
              rangeSubnets = [rangeSubnets];
            }
            for (i = 0; i < rangeSubnets.length; i++) {
              subnet = rangeSubnets[i];
              if (address.kind() === subnet[0].kind() && address.match.apply(address, subnet)) {
                return rangeName;
              }
            }
          }
        }
        return defaultName;
      };
      if (typeof module2 !== "undefined" && module2.exports) {
        module2.exports = ipaddr2;
      } else {
        root.ipaddr = ipaddr2;
      }
    })(exports2);
  }
});

// src/common/ip.ts
function canonicalIp(text2) {
  if ((0, import_node_net.isIPv4)(text2)) return text2;
  if (!(0, import_node_net.isIPv6)(text2) || text2.includes("%")) return null;
  return postgresIPv6Text(import_ipaddr.default.IPv6.parse(text2));
}
function canonicalIPv4(text2) {
  return (0, import_node_net.isIPv4)(text2) ? text2 : null;
}
function canonicalIPv6(text2) {
  return (0, import_node_net.isIPv6)(text2) ? canonicalIp(text2) : null;
}
function postgresIPv6Text(address) {
  const words = address.parts;
  const leadingZeros = words.findIndex((word) => word !== 0);
  const embedded = leadingZeros === 6 || leadingZeros === 5 && words[5] === 65535;
  if (!embedded) return address.toRFC5952String();
  const v4 = import_ipaddr.default.fromByteArray(address.toByteArray().slice(12)).toString();
  return leadingZeros === 6 ? `::${v4}` : `::ffff:${v4}`;
}
function parseIpNetwork(text2, option) {
  const invalid2 = () => new UserError(`invalid ${option} ${showValue(text2)}: ${EXPECTED}`);
  const slash = text2.indexOf("/");
  const addressText = slash < 0 ? text2 : text2.slice(0, slash);
  if (canonicalIp(addressText) === null) throw invalid2();
  const family = (0, import_node_net.isIPv4)(addressText) ? 4 : 6;
  const width2 = family === 4 ? 32 : 128;
  const prefixText = slash < 0 ? String(width2) : text2.slice(slash + 1);
  const prefix = Number(prefixText);
  if (!/^\d{1,3}$/.test(prefixText) || prefix > width2) throw invalid2();
  const bits = addressBits(import_ipaddr.default.parse(addressText)) & prefixMask(prefix, width2);
  return { family, prefix, bits, address: formatBits(bits, family) };
}
function isHost(network) {
  return network.prefix === (network.family === 4 ? 32 : 128);
}
function networkContains(network, stored) {
  const family = (0, import_node_net.isIPv4)(stored) ? 4 : (0, import_node_net.isIPv6)(stored) && !stored.includes("%") ? 6 : null;
  if (family !== network.family) return false;
  const width2 = family === 4 ? 32 : 128;
  return (addressBits(import_ipaddr.default.parse(stored)) & prefixMask(network.prefix, width2)) === network.bits;
}
function ipv4Patterns(network) {
  const octets = network.address.split(".");
  const whole = Math.floor(network.prefix / 8);
  if (whole === 4) return [network.address];
  const head = octets.slice(0, whole).map((octet) => `${octet}.`).join("");
  const tail = whole === 3 ? "" : ".%";
  if (network.prefix % 8 === 0) return whole === 0 ? range(0, 256).map((value) => `${value}${tail}`) : [`${head}%`];
  const first = Number(octets[whole]);
  return range(first, first + 2 ** (8 - network.prefix % 8)).map((value) => `${head}${value}${tail}`);
}
function ipv6TextPrefix(network) {
  const groups = [];
  for (let i = 0; i < Math.floor(network.prefix / 16); i++) {
    const group = Number(network.bits >> BigInt(112 - 16 * i) & 0xffffn);
    if (group === 0) break;
    groups.push(group.toString(16));
  }
  return groups.length === 0 ? "" : `${groups.join(":")}:`;
}
function range(from, to) {
  return Array.from({ length: to - from }, (_, index) => from + index);
}
function prefixMask(prefix, width2) {
  return (1n << BigInt(prefix)) - 1n << BigInt(width2 - prefix);
}
function addressBits(address) {
  return address.toByteArray().reduce((bits, byte) => bits << 8n | BigInt(byte), 0n);
}
function formatBits(bits, family) {
  const length = family === 4 ? 4 : 16;
  const bytes = Array.from({ length }, (_, i) => Number(bits >> BigInt(8 * (length - 1 - i)) & 0xffn));
  const address = import_ipaddr.default.fromByteArray(bytes);
  return address instanceof import_ipaddr.default.IPv6 ? postgresIPv6Text(address) : address.toString();
}
var import_node_net, import_ipaddr, EXPECTED;
var init_ip = __esm({
  "src/common/ip.ts"() {
    "use strict";
    import_node_net = require("node:net");
    import_ipaddr = __toESM(require_ipaddr(), 1);
    init_errors();
    EXPECTED = "expected an IPv4 or IPv6 address, or a network such as 10.8.0.0/24 or 2001:db8::/32";
  }
});

// src/openvpn/hook-event.ts
function parseHookEnv(env, now = () => Math.floor(Date.now() / 1e3)) {
  const type = required(env, "script_type", `one of ${scriptTypes.join(", ")}`);
  if (!isScriptType(type)) {
    throw new UserError(`invalid script_type=${showValue(type)}: expected one of ${scriptTypes.join(", ")}`);
  }
  const start = parseSessionStart(env);
  switch (type) {
    case "client-connect":
      return { type, start };
    case "client-disconnect":
      return {
        type,
        start,
        end: {
          duration: duration(env, "time_duration"),
          bytesIn: counter(env, "bytes_received"),
          bytesOut: counter(env, "bytes_sent")
        }
      };
    case "db-update": {
      const updateTime = env["time_update"] ? safeInteger(env, "time_update") : now();
      const elapsed = updateTime - start.connectTime;
      if (elapsed < 0 || elapsed > MAX_DURATION) {
        throw new UserError(
          `invalid time_update=${updateTime}: it is before time_unix=${start.connectTime} or too far after it (expected time going forwards)`
        );
      }
      return {
        type,
        start,
        progress: { duration: elapsed, bytesIn: counter(env, "bytes_received"), bytesOut: counter(env, "bytes_sent") }
      };
    }
    default:
      return type;
  }
}
function isScriptType(value) {
  return scriptTypes.includes(value);
}
function parseSessionStart(env) {
  return {
    connectTime: safeInteger(env, "time_unix"),
    srcIp: sourceIp(env),
    srcPort: port(env, "trusted_port"),
    cn: commonName(env),
    vpnIp4: optionalIp(env, "ifconfig_pool_remote_ip", canonicalIPv4, "an IPv4 address"),
    vpnIp6: optionalIp(env, "ifconfig_pool_remote_ip6", canonicalIPv6, "an IPv6 address")
  };
}
function required(env, name, expected) {
  const value = env[name];
  if (value === void 0) throw new UserError(`missing environment variable ${name}: expected ${expected}`);
  return value;
}
function invalid(name, value, expected) {
  return new UserError(`invalid ${name}=${showValue(value)}: expected ${expected}`);
}
function digits(env, name, expected) {
  const value = required(env, name, expected);
  if (!/^[0-9]{1,30}$/.test(value)) throw invalid(name, value, expected);
  return value;
}
function safeInteger(env, name) {
  const expected = `a non-negative integer up to ${Number.MAX_SAFE_INTEGER}`;
  const text2 = digits(env, name, expected);
  const value = Number(text2);
  if (!Number.isSafeInteger(value)) throw invalid(name, text2, expected);
  return value;
}
function duration(env, name) {
  const expected = `a non-negative integer up to ${MAX_DURATION} (seconds)`;
  const text2 = digits(env, name, expected);
  const value = Number(text2);
  if (value > MAX_DURATION) throw invalid(name, text2, expected);
  return value;
}
function counter(env, name) {
  const expected = `a non-negative integer up to ${MAX_INT64}`;
  const text2 = digits(env, name, expected);
  const value = BigInt(text2);
  if (value > MAX_INT64) throw invalid(name, text2, expected);
  return value;
}
function port(env, name) {
  const expected = portExpectation(0);
  const text2 = digits(env, name, expected);
  const value = parsePort(text2, 0);
  if (value === null) throw invalid(name, text2, expected);
  return value;
}
function sourceIp(env) {
  const v4 = env["trusted_ip"];
  if (v4) return canonicalIPv4(v4) ?? fail(invalid("trusted_ip", v4, "an IPv4 address"));
  const v6 = env["trusted_ip6"];
  if (v6) return canonicalIPv6(v6) ?? fail(invalid("trusted_ip6", v6, "an IPv6 address"));
  throw new UserError("missing environment variable trusted_ip (or trusted_ip6): expected the client address");
}
function optionalIp(env, name, canonical, expected) {
  const value = env[name];
  if (!value) return null;
  return canonical(value) ?? fail(invalid(name, value, `${expected} or nothing`));
}
function commonName(env) {
  const expected = `a non-empty name of at most ${MAX_CN_LENGTH} characters without control characters`;
  const value = required(env, "common_name", expected);
  if (value === "" || [...value].length > MAX_CN_LENGTH || /[\u0000-\u001f\u007f-\u009f]/.test(value)) {
    throw invalid("common_name", value, expected);
  }
  return value;
}
function fail(error) {
  throw error;
}
var scriptTypes, hookVariables, MAX_CN_LENGTH, MAX_INT64, MAX_DURATION;
var init_hook_event = __esm({
  "src/openvpn/hook-event.ts"() {
    "use strict";
    init_errors();
    init_ip();
    init_port();
    scriptTypes = ["client-connect", "client-disconnect", "db-update"];
    hookVariables = [
      "script_type",
      "time_unix",
      "trusted_ip",
      "trusted_ip6",
      "trusted_port",
      "common_name",
      "ifconfig_pool_remote_ip",
      "ifconfig_pool_remote_ip6",
      "time_duration",
      "bytes_received",
      "bytes_sent",
      "time_update"
    ];
    MAX_CN_LENGTH = 64;
    MAX_INT64 = 2n ** 63n - 1n;
    MAX_DURATION = 2 ** 31 - 1;
  }
});

// src/sessions/rollup-staleness.ts
async function markRollupStale(handle, time) {
  try {
    await handle.db.updateTable("stats_rollup_state").set({
      stale_from: sql`case when stale_from is null or stale_from > ${time} then ${time} else stale_from end`,
      stale_marks: sql`stale_marks + 1`
    }).where("id", "=", 1).execute();
  } catch (error) {
    if (!handle.adapter.isMissingTable(error)) throw error;
  }
}
async function markRollupStaleIfOld(handle, times) {
  if (times.length === 0) return;
  const earliest = times.reduce((a, b) => Math.min(a, b));
  if (earliest < Date.now() / 1e3 - UNMARKED_RECENT_SECONDS) await markRollupStale(handle, earliest);
}
var ROLLUP_MARGIN_SECONDS, UNMARKED_RECENT_SECONDS;
var init_rollup_staleness = __esm({
  "src/sessions/rollup-staleness.ts"() {
    "use strict";
    init_esm2();
    ROLLUP_MARGIN_SECONDS = 3600;
    UNMARKED_RECENT_SECONDS = ROLLUP_MARGIN_SECONDS / 2;
  }
});

// src/sessions/session-log.ts
var session_log_exports = {};
__export(session_log_exports, {
  applyHookEvent: () => applyHookEvent,
  describeInstance: () => describeInstance,
  describeStart: () => describeStart,
  ensureInstanceId: () => ensureInstanceId,
  findInstanceId: () => findInstanceId,
  logConnect: () => logConnect,
  logDisconnect: () => logDisconnect,
  logProgress: () => logProgress
});
async function applyHookEvent(handle, instance, event, options) {
  switch (event.type) {
    case "client-connect":
      return logConnect(handle, instance, event.start);
    case "client-disconnect":
      return logDisconnect(handle, instance, event.start, event.end, options);
    case "db-update":
      return logProgress(handle, instance, event.start, event.progress, options);
    default:
      return event;
  }
}
async function findInstanceId(db, instance) {
  const row = await db.selectFrom("instance").select("id").where("name", "=", instance.name).where("port", "=", instance.port).where("protocol", "=", instance.protocol).orderBy("id").limit(1).executeTakeFirst();
  return row ? toBigInt(row.id) : null;
}
async function ensureInstanceId(handle, instance) {
  const existing = await findInstanceId(handle.db, instance);
  if (existing !== null) return existing;
  await ignoringDuplicates(
    handle.backend,
    handle.db.insertInto("instance").values({ name: instance.name, port: instance.port, protocol: instance.protocol })
  ).execute();
  const created = await findInstanceId(handle.db, instance);
  if (created === null) throw new Error(`instance ${describeInstance(instance)} vanished right after it was created`);
  return created;
}
async function logConnect(handle, instance, start) {
  const instanceId = await ensureInstanceId(handle, instance);
  const inserted = await ignoringDuplicates(
    handle.backend,
    handle.db.insertInto("session").values(startColumns(instanceId, start))
  ).executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0) {
    await markRollupStaleIfOld(handle, [start.connectTime]);
    return;
  }
  const existing = await findSession(handle.db, instanceId, start, { vpnIp4Aware: false });
  if (existing && (existing.vpn_ip4 !== start.vpnIp4 || existing.vpn_ip6 !== start.vpnIp6)) {
    throw new UserError(
      `a different session of ${describeStart(start)} is already logged (VPN address ${existing.vpn_ip4 ?? existing.vpn_ip6 ?? "none"})`
    );
  }
}
async function logDisconnect(handle, instance, start, end, options) {
  const closing = {
    disconnect_time: start.connectTime + end.duration,
    duration: end.duration,
    bytes_in: end.bytesIn,
    bytes_out: end.bytesOut
  };
  const instanceId = options.createMissing ? await ensureInstanceId(handle, instance) : await findInstanceId(handle.db, instance);
  if (instanceId !== null) {
    const updated = await matching(handle.db.updateTable("session").set(closing), instanceId, start).where("disconnect_time", "is", null).executeTakeFirst();
    if (updated.numUpdatedRows > 0n) {
      await markRollupStaleIfOld(handle, [closing.disconnect_time]);
      return;
    }
    const existing = await findSession(handle.db, instanceId, start, { vpnIp4Aware: true });
    if (existing) {
      const same = toNullableNumber(existing.disconnect_time) === closing.disconnect_time && toNullableNumber(existing.duration) === closing.duration && toNullableBigInt(existing.bytes_in) === closing.bytes_in && toNullableBigInt(existing.bytes_out) === closing.bytes_out;
      if (same) return;
      throw new UserError(`the session of ${describeStart(start)} is already closed with other values`);
    }
    if (options.createMissing) {
      await ignoringDuplicates(
        handle.backend,
        handle.db.insertInto("session").values({ ...startColumns(instanceId, start), ...closing })
      ).execute();
      await markRollupStaleIfOld(handle, [start.connectTime]);
      return;
    }
  }
  throw noMatch("client-disconnect", start, instance);
}
async function logProgress(handle, instance, start, progress, options) {
  const counters = { duration: progress.duration, bytes_in: progress.bytesIn, bytes_out: progress.bytesOut };
  const instanceId = options.createMissing ? await ensureInstanceId(handle, instance) : await findInstanceId(handle.db, instance);
  if (instanceId !== null) {
    const updated = await matching(handle.db.updateTable("session").set(counters), instanceId, start).where("disconnect_time", "is", null).executeTakeFirst();
    if (updated.numUpdatedRows > 0n) return;
    const existing = await findSession(handle.db, instanceId, start, { vpnIp4Aware: true });
    if (existing?.disconnect_time === null) return;
    if (existing) throw new UserError(`cannot update the session of ${describeStart(start)}: it has disconnected`);
    if (options.createMissing) {
      await ignoringDuplicates(
        handle.backend,
        handle.db.insertInto("session").values({ ...startColumns(instanceId, start), ...counters })
      ).execute();
      await markRollupStaleIfOld(handle, [start.connectTime]);
      return;
    }
  }
  throw noMatch("db-update", start, instance);
}
function startColumns(instanceId, start) {
  return {
    instance_id: instanceId,
    connect_time: start.connectTime,
    src_ip: start.srcIp,
    src_port: start.srcPort,
    cn: start.cn,
    vpn_ip4: start.vpnIp4,
    vpn_ip6: start.vpnIp6
  };
}
function matching(query, instanceId, start, how = { vpnIp4Aware: true }) {
  const sameStart = query.where("instance_id", "=", instanceId).where("connect_time", "=", start.connectTime).where("src_ip", "=", start.srcIp).where("src_port", "=", start.srcPort).where("cn", "=", start.cn);
  return how.vpnIp4Aware ? sameStart.where("vpn_ip4", start.vpnIp4 === null ? "is" : "=", start.vpnIp4) : sameStart;
}
async function findSession(db, instanceId, start, how) {
  const query = db.selectFrom("session").select(["id", "vpn_ip4", "vpn_ip6", "disconnect_time", "duration", "bytes_in", "bytes_out"]);
  return matching(query, instanceId, start, how).orderBy("id", "desc").limit(1).executeTakeFirst();
}
function noMatch(what, start, instance) {
  return new UserError(
    `no open session matches ${what} of ${describeStart(start)} on instance ${describeInstance(instance)}; -C creates it`
  );
}
function describeStart(start) {
  const source = start.srcIp.includes(":") ? `[${start.srcIp}]:${start.srcPort}` : `${start.srcIp}:${start.srcPort}`;
  return `common_name=${JSON.stringify(start.cn)} from ${source} connected at ${start.connectTime}`;
}
function describeInstance(instance) {
  return `name=${JSON.stringify(instance.name)} proto=${JSON.stringify(instance.protocol)} port=${instance.port}`;
}
var init_session_log = __esm({
  "src/sessions/session-log.ts"() {
    "use strict";
    init_dialect_sql();
    init_int8();
    init_errors();
    init_rollup_staleness();
  }
});

// src/sessions/apply-status.ts
async function applyStatus(handle, instance, snapshot, options) {
  const instanceId = options.createMissing ? await ensureInstanceId(handle, instance) : await findInstanceId(handle.db, instance);
  if (instanceId === null) {
    throw new UserError(`instance ${describeInstance(instance)} has no sessions in this database (-C creates it)`);
  }
  const applied = await handle.db.transaction().execute(async (trx) => {
    const open = await loadOpenSessions(trx, instanceId);
    const result = { updated: 0, unchanged: 0, created: 0, closed: 0, skipped: [], rejected: [...snapshot.rejected] };
    const matcher = new SessionMatcher(open);
    const updates = [];
    const missing = [];
    for (const client2 of snapshot.clients) {
      if (client2.commonName === null) {
        result.skipped.push({ lineNumber: client2.lineNumber, line: client2.line, reason: "no common name yet (UNDEF)" });
        continue;
      }
      const duration2 = snapshot.time - client2.connectedSince;
      if (duration2 < 0 || duration2 > MAX_DURATION) {
        result.rejected.push(rejection(client2, `connected since ${client2.connectedSince}, after the status time ${snapshot.time}`));
        continue;
      }
      const session = matcher.take(client2, client2.commonName);
      if (session === void 0) {
        if (options.createMissing) missing.push(client2);
        else result.rejected.push(rejection(client2, "no open session matches this client (-C creates it)"));
        continue;
      }
      if (session.duration === duration2 && session.bytesIn === client2.bytesReceived && session.bytesOut === client2.bytesSent) {
        result.unchanged++;
        continue;
      }
      updates.push({ id: session.id, duration: duration2, bytesIn: client2.bytesReceived, bytesOut: client2.bytesSent });
    }
    if (options.needSuccess && result.rejected.length > 0) {
      const first = result.rejected[0];
      throw new UserError(
        `${result.rejected.length} status line(s) rejected with -N, nothing committed; line ${first.lineNumber}: ${first.reason}`
      );
    }
    await updateCounters(handle.backend, trx, updates);
    result.updated = updates.length;
    result.created = await insertMissing(handle, trx, instanceId, snapshot.time, missing);
    const stale = options.closeMissing ? staleSessions(matcher, snapshot.time - options.staleGraceSeconds) : [];
    result.closed = await closeSessions(trx, stale);
    return { result, touched: [...missing.map((client2) => client2.connectedSince), ...stale.map(lastAlive)] };
  });
  await markRollupStaleIfOld(handle, applied.touched);
  return applied.result;
}
async function closeStale(handle, instance, scope) {
  const instanceId = await findInstanceId(handle.db, instance);
  if (instanceId === null) return 0;
  const closing = await handle.db.transaction().execute(async (trx) => {
    const open = await loadOpenSessions(trx, instanceId);
    let stale = open;
    if (scope !== "all-open") {
      const matcher = new SessionMatcher(open);
      for (const client2 of scope.snapshot.clients) {
        if (client2.commonName !== null) matcher.take(client2, client2.commonName);
      }
      stale = staleSessions(matcher, scope.snapshot.time - scope.staleGraceSeconds);
    }
    return { sessions: stale, closed: await closeSessions(trx, stale) };
  });
  await markRollupStaleIfOld(handle, closing.sessions.map(lastAlive));
  return closing.closed;
}
function staleSessions(matcher, cutoff) {
  return matcher.unmatched().filter((s) => s.connectTime < cutoff);
}
function lastAlive(session) {
  return session.connectTime + (session.duration ?? 0);
}
async function loadOpenSessions(db, instanceId) {
  const rows = await db.selectFrom("session").select(["id", "connect_time", "src_ip", "src_port", "cn", "vpn_ip4", "duration", "bytes_in", "bytes_out"]).where("instance_id", "=", instanceId).where("disconnect_time", "is", null).orderBy("id", "desc").execute();
  return rows.map((row) => ({
    id: toBigInt(row.id),
    connectTime: toNumber(row.connect_time),
    srcIp: row.src_ip,
    srcPort: toNumber(row.src_port),
    cn: row.cn,
    vpnIp4: row.vpn_ip4,
    duration: row.duration === null ? null : toNumber(row.duration),
    bytesIn: row.bytes_in === null ? null : toBigInt(row.bytes_in),
    bytesOut: row.bytes_out === null ? null : toBigInt(row.bytes_out),
    taken: false
  }));
}
function startKey(cn, connectTime) {
  return `${connectTime}\0${cn}`;
}
function sameHost(a, b) {
  return a === b || a.replace(/^::ffff:(?=\d+\.)/, "") === b.replace(/^::ffff:(?=\d+\.)/, "");
}
function rejection(client2, reason) {
  return { lineNumber: client2.lineNumber, line: client2.line, reason };
}
async function insertMissing(handle, db, instanceId, statusTime, clients) {
  let created = 0;
  for (let start = 0; start < clients.length; start += INSERT_CHUNK) {
    const rows = clients.slice(start, start + INSERT_CHUNK).map((client2) => ({
      instance_id: instanceId,
      connect_time: client2.connectedSince,
      src_ip: client2.srcIp,
      src_port: client2.srcPort ?? 0,
      cn: client2.commonName ?? "",
      vpn_ip4: client2.vpnIp4,
      vpn_ip6: client2.vpnIp6,
      duration: statusTime - client2.connectedSince,
      bytes_in: client2.bytesReceived,
      bytes_out: client2.bytesSent
    }));
    const result = await ignoringDuplicates(handle.backend, db.insertInto("session").values(rows)).executeTakeFirst();
    created += Number(result.numInsertedOrUpdatedRows ?? 0n);
  }
  return created;
}
async function closeSessions(db, sessions) {
  const ids = sessions.map((s) => s.id);
  let closed = 0;
  for (let start = 0; start < ids.length; start += CHUNK) {
    const result = await db.updateTable("session").set({
      disconnect_time: sql`connect_time + coalesce(duration, 0)`,
      duration: sql`coalesce(duration, 0)`,
      end_reason: "stale"
    }).where("id", "in", ids.slice(start, start + CHUNK)).where("disconnect_time", "is", null).executeTakeFirst();
    closed += Number(result.numUpdatedRows);
  }
  return closed;
}
var CHUNK, INSERT_CHUNK, SessionMatcher;
var init_apply_status = __esm({
  "src/sessions/apply-status.ts"() {
    "use strict";
    init_esm2();
    init_dialect_sql();
    init_int8();
    init_errors();
    init_hook_event();
    init_session_log();
    init_rollup_staleness();
    CHUNK = 5e3;
    INSERT_CHUNK = 1e3;
    SessionMatcher = class {
      #byStart = /* @__PURE__ */ new Map();
      #all;
      /** `sessions` newest first: with two candidates, the newer session is the one a client line means. */
      constructor(sessions) {
        this.#all = sessions;
        for (const session of sessions) {
          const key = startKey(session.cn, session.connectTime);
          const list = this.#byStart.get(key);
          if (list) list.push(session);
          else this.#byStart.set(key, [session]);
        }
      }
      take(client2, cn) {
        const session = this.#byStart.get(startKey(cn, client2.connectedSince))?.find(
          (s) => !s.taken && sameHost(s.srcIp, client2.srcIp) && (client2.srcPort === null || s.srcPort === client2.srcPort) && (client2.vpnIp4 === null || s.vpnIp4 === client2.vpnIp4)
        );
        if (session) session.taken = true;
        return session;
      }
      unmatched() {
        return this.#all.filter((s) => !s.taken);
      }
    };
  }
});

// src/db/dialects/backend-adapter.ts
var MIGRATE_HINT;
var init_backend_adapter = __esm({
  "src/db/dialects/backend-adapter.ts"() {
    "use strict";
    MIGRATE_HINT = "run `openvpn-db-log migrate` with the same database options";
  }
});

// driver:mysql2
var require_mysql2 = __commonJS({
  "driver:mysql2"(exports2, module2) {
    module2.exports = require("mysql2");
  }
});

// src/db/dialects/mysql.ts
var transientErrnos, connectionCodes, mysqlAdapter;
var init_mysql = __esm({
  "src/db/dialects/mysql.ts"() {
    "use strict";
    init_esm2();
    init_connection_options();
    init_errors();
    init_backend_adapter();
    transientErrnos = /* @__PURE__ */ new Set([1213, 1205, 1040]);
    connectionCodes = /* @__PURE__ */ new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);
    mysqlAdapter = {
      async createDialect(options) {
        const { default: mysql } = await Promise.resolve().then(() => __toESM(require_mysql2(), 1));
        const { ssl, ...driverOptions } = options.driverOptions;
        const pool = mysql.createPool({
          ...driverOptions,
          host: options.host,
          port: options.port,
          database: options.database,
          user: options.user,
          password: options.password,
          ...ssl === void 0 || ssl === "false" || ssl === "0" ? {} : { ssl: {} },
          connectionLimit: 1,
          connectTimeout: Math.round(options.timeoutSeconds * 1e3),
          charset: "utf8mb4",
          // Agree with pg on 64-bit integers: exact decimal strings, converted in int8.ts.
          supportBigNumbers: true,
          bigNumberStrings: true,
          timezone: "Z"
        });
        const lockWaitSeconds = Math.max(1, Math.ceil(options.timeoutSeconds));
        return new MysqlDialect({
          pool,
          onCreateConnection: async (connection) => {
            await connection.executeQuery(
              CompiledQuery.raw(`set session lock_wait_timeout = ${lockWaitSeconds}, innodb_lock_wait_timeout = ${lockWaitSeconds}`)
            );
          }
        });
      },
      isTransientError(error) {
        const errno = error?.errno;
        return typeof errno === "number" && transientErrnos.has(errno);
      },
      isMissingTable(error) {
        return errorCode(error) === "ER_NO_SUCH_TABLE";
      },
      explainError(error, options) {
        const code = errorCode(error) ?? "";
        const message = error instanceof Error ? error.message : String(error);
        if (code === "ER_NO_SUCH_TABLE" || code === "ER_BAD_FIELD_ERROR") {
          return `MySQL database ${describeTarget(options)} has no or an old openvpn-db-log schema (${message}): ${MIGRATE_HINT}`;
        }
        if (code === "ER_LOCK_WAIT_TIMEOUT") {
          return `MySQL database ${describeTarget(options)} stayed locked by another client (waited --timeout ${options.timeoutSeconds} s): ${message}`;
        }
        if (code === "ETIMEDOUT") {
          return `cannot connect to ${describeTarget(options)} within --timeout ${options.timeoutSeconds} s: ${message || code}`;
        }
        if (connectionCodes.has(code) || code.startsWith("HANDSHAKE_") || code.startsWith("PROTOCOL_")) {
          return `cannot connect to ${describeTarget(options)}: ${message || code}`;
        }
        if (code === "ER_ACCESS_DENIED_ERROR" || code === "ER_BAD_DB_ERROR" || code === "ER_DBACCESS_DENIED_ERROR") {
          return `cannot connect to ${describeTarget(options)}: ${message}`;
        }
        return void 0;
      }
    };
  }
});

// driver:pg
var require_pg = __commonJS({
  "driver:pg"(exports2, module2) {
    module2.exports = require("pg");
  }
});

// src/db/dialects/postgres.ts
function sslConfig(mode) {
  switch (mode) {
    case "disable":
      return false;
    case "verify-ca":
    case "verify-full":
      return { rejectUnauthorized: true };
    default:
      return { rejectUnauthorized: false };
  }
}
var transientCodes, connectionCodes2, postgresAdapter;
var init_postgres = __esm({
  "src/db/dialects/postgres.ts"() {
    "use strict";
    init_esm2();
    init_connection_options();
    init_errors();
    init_backend_adapter();
    transientCodes = /* @__PURE__ */ new Set(["40001", "40P01", "55P03", "53300", "57P03"]);
    connectionCodes2 = /* @__PURE__ */ new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);
    postgresAdapter = {
      async createDialect(options) {
        const { default: pg } = await Promise.resolve().then(() => __toESM(require_pg(), 1));
        const { sslmode, ...driverOptions } = options.driverOptions;
        const timeoutMs = Math.round(options.timeoutSeconds * 1e3);
        const pool = new pg.Pool({
          ...driverOptions,
          host: options.host,
          port: options.port,
          database: options.database,
          user: options.user,
          password: options.password,
          ...sslmode === void 0 ? {} : { ssl: sslConfig(sslmode) },
          max: 1,
          connectionTimeoutMillis: timeoutMs,
          query_timeout: timeoutMs
        });
        return new PostgresDialect({ pool });
      },
      isTransientError(error) {
        return transientCodes.has(errorCode(error) ?? "");
      },
      isMissingTable(error) {
        return errorCode(error) === "42P01";
      },
      explainError(error, options) {
        const code = errorCode(error) ?? "";
        const message = error instanceof Error ? error.message : String(error);
        if (code === "42P01" || code === "42703") {
          return `PostgreSQL database ${describeTarget(options)} has no or an old openvpn-db-log schema (${message}): ${MIGRATE_HINT}`;
        }
        if (/query read timeout/i.test(message)) {
          return `no answer from ${describeTarget(options)} within --timeout ${options.timeoutSeconds} s (${message})`;
        }
        if (/timeout/i.test(message) || code === "ETIMEDOUT") {
          return `cannot connect to ${describeTarget(options)} within --timeout ${options.timeoutSeconds} s: ${message || code}`;
        }
        if (connectionCodes2.has(code) || /^Connection terminated/.test(message)) {
          return `cannot connect to ${describeTarget(options)}: ${message || code}`;
        }
        if (code === "28P01" || code === "28000" || code === "3D000") {
          return `cannot connect to ${describeTarget(options)}: ${message}`;
        }
        return void 0;
      }
    };
  }
});

// driver:better-sqlite3
var require_better_sqlite3 = __commonJS({
  "driver:better-sqlite3"(exports2, module2) {
    module2.exports = require("better-sqlite3");
  }
});

// src/db/dialects/sqlite.ts
function explainCannotOpen(path) {
  const denied = `cannot open SQLite database ${path} as ${currentUser()}: permission denied; the file and its directory must be readable and writable by this user`;
  const problem = accessProblem(path, import_node_fs2.constants.R_OK | import_node_fs2.constants.W_OK);
  if (problem === "EACCES" || problem === "EPERM") return denied;
  if (problem === "ENOENT" || problem === "ENOTDIR") {
    const directory = (0, import_node_path.dirname)(path);
    const directoryProblem = accessProblem(directory, import_node_fs2.constants.W_OK | import_node_fs2.constants.X_OK);
    if (directoryProblem === "EACCES" || directoryProblem === "EPERM") {
      return `cannot create or open SQLite database ${path} as ${currentUser()}: permission denied in its directory ${directory}; the file and its directory must be writable by this user`;
    }
    return `SQLite database ${path} does not exist: create it with \`openvpn-db-log migrate -d ${path}\``;
  }
  if (isDirectory(path)) return `SQLite database ${path} is a directory: give the database file with -d`;
  return denied;
}
function accessProblem(path, mode) {
  try {
    (0, import_node_fs2.accessSync)(path, mode);
    return void 0;
  } catch (error) {
    return errorCode(error) ?? "EACCES";
  }
}
function isDirectory(path) {
  try {
    return (0, import_node_fs2.statSync)(path).isDirectory();
  } catch {
    return false;
  }
}
function currentUser() {
  const uid = process.getuid?.() ?? -1;
  try {
    return `user ${(0, import_node_os.userInfo)().username} (uid ${uid})`;
  } catch {
    return `uid ${uid}`;
  }
}
var import_node_fs2, import_node_os, import_node_path, sqliteAdapter;
var init_sqlite = __esm({
  "src/db/dialects/sqlite.ts"() {
    "use strict";
    import_node_fs2 = require("node:fs");
    import_node_os = require("node:os");
    import_node_path = require("node:path");
    init_esm2();
    init_errors();
    init_backend_adapter();
    sqliteAdapter = {
      async createDialect(options, open) {
        const { default: Sqlite } = await Promise.resolve().then(() => __toESM(require_better_sqlite3(), 1));
        const path = options.database ?? "";
        if (open.create && path !== "") (0, import_node_fs2.mkdirSync)((0, import_node_path.dirname)(path), { recursive: true });
        const database = new Sqlite(path, { fileMustExist: !open.create, timeout: options.timeoutSeconds * 1e3 });
        database.pragma("journal_mode = WAL");
        database.defaultSafeIntegers(true);
        return new SqliteDialect({ database });
      },
      isTransientError(error) {
        return /^SQLITE_(BUSY|LOCKED)/.test(errorCode(error) ?? "");
      },
      isMissingTable(error) {
        return errorCode(error) === "SQLITE_ERROR" && error instanceof Error && /no such table/.test(error.message);
      },
      explainError(error, options) {
        const code = errorCode(error) ?? "";
        const path = options.database ?? "";
        const message = error instanceof Error ? error.message : String(error);
        if (code === "SQLITE_CANTOPEN" || /directory does not exist/.test(message)) {
          return explainCannotOpen(path);
        }
        if (code === "SQLITE_READONLY_DIRECTORY") {
          return `cannot write SQLite database ${path} as ${currentUser()}: its directory ${(0, import_node_path.dirname)(path)} is not writable by this user, and SQLite must create ${path}-wal and -shm there`;
        }
        if (/^SQLITE_(READONLY|PERM|AUTH)/.test(code)) {
          return `cannot write SQLite database ${path} as ${currentUser()}: the file and its directory must be writable by this user`;
        }
        if (/^SQLITE_(BUSY|LOCKED)/.test(code)) {
          return `SQLite database ${path} stayed locked by another process (waited --timeout ${options.timeoutSeconds} s): ${message}`;
        }
        if (code === "SQLITE_NOTADB") {
          return `${path} is not an SQLite database (${message}): give the right file with -d, or create one with \`openvpn-db-log migrate -d FILE\``;
        }
        if (/no such table|no such column|has no column named/.test(message)) {
          return `SQLite database ${path} has no or an old openvpn-db-log schema (${message}): ${MIGRATE_HINT}`;
        }
        return void 0;
      }
    };
  }
});

// src/db/open-database.ts
var open_database_exports = {};
__export(open_database_exports, {
  adapterFor: () => adapterFor,
  openDatabase: () => openDatabase,
  usingDatabase: () => usingDatabase,
  withRetries: () => withRetries
});
function adapterFor(backend) {
  switch (backend) {
    case "sqlite":
      return sqliteAdapter;
    case "postgres":
      return postgresAdapter;
    case "mysql":
      return mysqlAdapter;
    default:
      return backend;
  }
}
async function usingDatabase(options, work, open = { create: false }) {
  let handle;
  try {
    handle = await openDatabase(options, open);
    return await work(handle);
  } catch (error) {
    throw explainError(options, error);
  } finally {
    await handle?.db.destroy();
  }
}
async function openDatabase(options, open = { create: false }) {
  const adapter = adapterFor(options.backend);
  const db = new Kysely({ dialect: await adapter.createDialect(options, open) });
  return { db, backend: options.backend, options, adapter };
}
function explainError(options, error) {
  if (error instanceof UserError) return error;
  const explained = adapterFor(options.backend).explainError(error, options);
  return explained ? new UserError(explained) : error;
}
async function withRetries(handle, work) {
  const deadline = Date.now() + handle.options.timeoutSeconds * 1e3;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const backoffMs = Math.min(MAX_BACKOFF_MS, 25 * 2 ** attempt) * Math.random();
      const retry = attempt < MAX_ATTEMPTS && Date.now() + backoffMs < deadline && handle.adapter.isTransientError(error);
      if (!retry) throw error;
      await new Promise((resolve) => setTimeout(resolve, backoffMs));
    }
  }
}
var MAX_ATTEMPTS, MAX_BACKOFF_MS;
var init_open_database = __esm({
  "src/db/open-database.ts"() {
    "use strict";
    init_esm2();
    init_errors();
    init_mysql();
    init_postgres();
    init_sqlite();
    MAX_ATTEMPTS = 8;
    MAX_BACKOFF_MS = 1e3;
  }
});

// src/openvpn/management.ts
function parseManagementTarget(spec) {
  if (spec.includes("/")) return { path: spec };
  const match = /^(?:\[([^\]]+)\]|([^:[\]]+)):([0-9]{1,5})$/.exec(spec);
  const port2 = parsePort(match?.[3] ?? "", 1);
  const host = match?.[1] ?? match?.[2];
  const bracketOk = match?.[1] === void 0 || (0, import_node_net2.isIP)(match[1]) === 6;
  if (host === void 0 || !bracketOk || port2 === null) {
    throw new UserError(
      `invalid management interface address ${showValue(spec)}: expected HOST:PORT, [IPv6]:PORT or a unix socket path containing "/"`
    );
  }
  return { host, port: port2 };
}
function describeTarget2(target) {
  if ("path" in target) return target.path;
  return (0, import_node_net2.isIP)(target.host) === 6 ? `[${target.host}]:${target.port}` : `${target.host}:${target.port}`;
}
function fetchManagementStatus(target, options) {
  const where = `the management interface at ${describeTarget2(target)}`;
  return new Promise((resolve, reject) => {
    const socket = "path" in target ? (0, import_node_net2.connect)(target.path) : (0, import_node_net2.connect)(target.port, target.host);
    let settled = false;
    let received = "";
    let scanned = 0;
    let answerStart = -1;
    let passwordSent = false;
    const settle = (error, answer = "") => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        socket.destroy();
        reject(error);
      } else {
        socket.end("quit\n", () => socket.destroy());
        resolve(answer);
      }
    };
    const fail2 = (message) => settle(new UserError(message));
    const timer = setTimeout(() => fail2(`timed out after ${options.timeoutMs} ms waiting for the status from ${where}`), options.timeoutMs);
    const sendStatusCommand = () => {
      answerStart = scanned;
      socket.write(`status ${options.version ?? 3}
`);
    };
    const onLine = (line) => {
      if (line === "ERROR: bad password") {
        fail2(`${where} rejected the password`);
      } else if (line.startsWith("ERROR:")) {
        fail2(`${where} answered ${showValue(line)}`);
      } else if (answerStart >= 0) {
        if (line === "END") settle(null, received.slice(answerStart, scanned));
      } else if (line === "SUCCESS: password is correct" || line.startsWith(">INFO:")) {
        sendStatusCommand();
      }
    };
    socket.setEncoding("utf8");
    socket.on("data", (chunk) => {
      received += chunk;
      if (received.length > MAX_RESPONSE_CHARS) fail2(`${where} sent more than ${MAX_RESPONSE_CHARS} characters without END`);
      while (!settled) {
        if (answerStart < 0 && received.startsWith(PASSWORD_PROMPT, scanned)) {
          if (options.password === void 0) return fail2(`${where} asks for a password, but none was given`);
          if (passwordSent) return fail2(`${where} rejected the password`);
          socket.write(`${options.password}
`);
          passwordSent = true;
          scanned += PASSWORD_PROMPT.length;
          continue;
        }
        const end = received.indexOf("\n", scanned);
        if (end < 0) return;
        const line = received.slice(scanned, received[end - 1] === "\r" ? end - 1 : end);
        scanned = end + 1;
        onLine(line);
      }
    });
    socket.on("error", (error) => {
      fail2(`${where}: ${SOCKET_ERRORS[error.code ?? ""] ?? error.message}`);
    });
    socket.on("close", () => fail2(`${where} closed the connection before the status was complete`));
  });
}
var import_node_net2, MAX_RESPONSE_CHARS, PASSWORD_PROMPT, SOCKET_ERRORS;
var init_management = __esm({
  "src/openvpn/management.ts"() {
    "use strict";
    import_node_net2 = require("node:net");
    init_errors();
    init_port();
    MAX_RESPONSE_CHARS = 64 * 1024 * 1024;
    PASSWORD_PROMPT = "ENTER PASSWORD:";
    SOCKET_ERRORS = {
      ECONNREFUSED: "connection refused",
      ENOENT: "no such socket",
      EACCES: "permission denied",
      ECONNRESET: "connection reset",
      ENOTFOUND: "host not found"
    };
  }
});

// src/common/wall-time.ts
function resolveTimeZone(timeZone) {
  if (timeZone !== void 0 && formatters.has(timeZone)) return timeZone;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone }).resolvedOptions().timeZone;
  } catch {
    throw new UserError(`unknown time zone ${showValue(String(timeZone))}`);
  }
}
function formatterFor(timeZone) {
  let formatter = formatters.get(timeZone);
  if (formatter === void 0) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric"
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
function utcSeconds(year, month, day, hour = 0, minute = 0, second = 0) {
  const date = /* @__PURE__ */ new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return Math.floor(date.getTime() / 1e3);
}
function localSeconds(year, month, day, hour = 0, minute = 0, second = 0) {
  const date = /* @__PURE__ */ new Date(0);
  date.setFullYear(year, month - 1, day);
  date.setHours(hour, minute, second, 0);
  return Math.floor(date.getTime() / 1e3);
}
function daysInMonth(year, month) {
  const date = /* @__PURE__ */ new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}
function offsetAt(unix, timeZone) {
  const parts = formatterFor(timeZone).formatToParts(new Date(unix * 1e3));
  const part = (type) => Number(parts.find((candidate) => candidate.type === type)?.value);
  return utcSeconds(part("year"), part("month"), part("day"), part("hour"), part("minute"), part("second")) - unix;
}
function wallTimeToUnix(year, month, day, hour, minute, second, timeZone) {
  const zone = resolveTimeZone(timeZone);
  const asUtc = utcSeconds(year, month, day, hour, minute, second);
  const before = asUtc - offsetAt(asUtc - 86400, zone);
  const after = asUtc - offsetAt(asUtc + 86400, zone);
  const valid = [before, after].filter((unix) => unix + offsetAt(unix, zone) === asUtc);
  return valid.length > 0 ? Math.min(...valid) : before;
}
function parseWallTime(text2) {
  const iso = ISO_TIME.exec(text2);
  if (iso) return checkedWallTime(iso.slice(1).map(Number));
  const ctime = CTIME.exec(text2);
  if (ctime) {
    const [, monthName = "", day, hour, minute, second, year] = ctime;
    return checkedWallTime([year, MONTHS.indexOf(monthName) + 1, day, hour, minute, second].map(Number));
  }
  return null;
}
function checkedWallTime([year = NaN, month = NaN, day = NaN, hour = NaN, minute = NaN, second = NaN]) {
  const valid = year >= 1970 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59 && second <= 59;
  return valid ? { year, month, day, hour, minute, second } : null;
}
function wallTextToUnix(text2, timeZone) {
  const wall = parseWallTime(text2);
  if (wall === null) return null;
  return wallTimeToUnix(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second, timeZone);
}
var formatters, MONTHS, ISO_TIME, CTIME;
var init_wall_time = __esm({
  "src/common/wall-time.ts"() {
    "use strict";
    init_errors();
    formatters = /* @__PURE__ */ new Map();
    MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    ISO_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
    CTIME = /^(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat) ([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/;
  }
});

// src/openvpn/parse-status.ts
function parseStatus(text2, options) {
  const timeZone = options.version === 1 || options.timeZone !== void 0 ? resolveTimeZone(options.timeZone) : "UTC";
  if (text2.includes("\0")) {
    throw new StatusFormatError("input contains NUL bytes: binary data, not an OpenVPN status");
  }
  const lines = meaningfulLines(text2);
  const first = lines[0];
  if (first === void 0) {
    throw new StatusFormatError("status is empty, so it is incomplete (OpenVPN may be rewriting it); nothing was changed");
  }
  const found = formatOf(first.text);
  if (found === null) {
    throw new StatusFormatError(`not an OpenVPN status: line ${first.number} is ${showValue(first.text)}`);
  }
  if (found !== options.version) {
    throw new StatusFormatError(
      `status version ${options.version} (${FORMAT_NAMES[options.version]}) was requested, but the input looks like version ${found} (${FORMAT_NAMES[found]})`
    );
  }
  const end = lines.findIndex((line) => line.text === "END");
  if (end < 0) {
    throw new StatusFormatError("status is incomplete (no END line; OpenVPN may be rewriting it); nothing was changed");
  }
  const body = lines.slice(0, end);
  return found === 1 ? parseVersion1(body, timeZone) : parseVersion23(body, found);
}
function meaningfulLines(text2) {
  const lines = [];
  text2.replace(/^\uFEFF/, "").split("\n").forEach((raw, index) => {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (!line.startsWith(">") && !PASSWORD_DIALOG.test(line)) lines.push({ number: index + 1, text: line });
  });
  return lines;
}
function formatOf(firstLine2) {
  if (firstLine2 === "OpenVPN CLIENT LIST") return 1;
  const match = /^(?:TITLE|TIME|HEADER)([,\t])/.exec(firstLine2);
  if (match === null) return null;
  return match[1] === "	" ? 3 : 2;
}
function parseVersion23(lines, version) {
  const separator = version === 3 ? "	" : ",";
  let time;
  let header;
  const tables = /* @__PURE__ */ new Set();
  const clientLines = [];
  const rejected = [];
  for (const line of lines) {
    const { text: text2 } = line;
    if (text2.length > MAX_LINE_LENGTH) {
      rejected.push(tooLong(line));
      continue;
    }
    const cut = text2.indexOf(separator);
    const type = cut < 0 ? text2 : text2.slice(0, cut);
    if (type === "CLIENT_LIST") {
      clientLines.push(line);
      continue;
    }
    const fields = text2.split(separator).slice(1);
    if (type === "TIME") {
      if (time !== void 0) throw duplicate("TIME", line);
      const now = unixTime(fields[1] ?? "");
      if (now === null) throw new StatusFormatError(`TIME line ${line.number} has no valid time_t: ${showValue(line.text)}`);
      time = now;
    } else if (type === "HEADER") {
      const table = fields[0] ?? "";
      if (table === "CLIENT_LIST") {
        if (header !== void 0) throw duplicate("HEADER CLIENT_LIST", line);
        header = fields.slice(1);
      }
      tables.add(table);
    } else if (type !== "TITLE" && type !== "GLOBAL_STATS" && !tables.has(type)) {
      rejected.push(rejection2(line, "not a status line of a known type"));
    }
  }
  if (time === void 0) throw new StatusFormatError("status has no TIME line");
  if (header === void 0) throw new StatusFormatError("status has no HEADER line for CLIENT_LIST");
  const columns = columnIndex(header, "HEADER CLIENT_LIST", [
    "Common Name",
    "Real Address",
    "Bytes Received",
    "Bytes Sent",
    "Connected Since (time_t)"
  ]);
  const at = clientColumns(columns, "Connected Since (time_t)");
  const clients = [];
  for (const line of clientLines) {
    try {
      const fields = alignFields(line.text.split(separator).slice(1), header, columns, separator);
      clients.push(
        client(line, fields, at, {
          vpnIp4: optionalIp2(field(fields, at.virtualAddress), "Virtual Address", 4),
          vpnIp6: optionalIp2(field(fields, at.virtualIPv6), "Virtual IPv6 Address", 6),
          connectedSince: timeField(field(fields, at.connectedSince), "Connected Since (time_t)")
        })
      );
    } catch (error) {
      rejected.push(rejectionFrom(error, line));
    }
  }
  return { version, time, clients, rejected };
}
function parseVersion1(lines, timeZone) {
  let time;
  let header;
  let routeHeader;
  let section = "top";
  const clientLines = [];
  const routeLines = [];
  const rejected = [];
  for (const line of lines.slice(1)) {
    const { text: text2 } = line;
    if (text2.length > MAX_LINE_LENGTH) {
      rejected.push(tooLong(line));
    } else if (text2 === "ROUTING TABLE") {
      section = "routes";
    } else if (text2 === "GLOBAL STATS") {
      section = "stats";
    } else if (section === "top" && text2.startsWith("Updated,")) {
      if (time !== void 0) throw duplicate("Updated", line);
      const updated = wallTextToUnix(text2.slice("Updated,".length), timeZone);
      if (updated === null) throw new StatusFormatError(`Updated line ${line.number} has no readable date: ${showValue(text2)}`);
      time = updated;
    } else if (section === "top" && text2.startsWith("Common Name,")) {
      header = text2.split(",");
      section = "clients";
    } else if (section === "clients") {
      clientLines.push(line);
    } else if (section === "routes" && routeHeader === void 0) {
      routeHeader = text2.split(",");
    } else if (section === "routes") {
      routeLines.push(line);
    } else if (section !== "stats") {
      rejected.push(rejection2(line, "not a status line of a known type"));
    }
  }
  if (time === void 0) throw new StatusFormatError('status has no "Updated," line');
  if (header === void 0) throw new StatusFormatError('status has no client list header ("Common Name,Real Address,...")');
  const columns = columnIndex(header, "client list header", [
    "Common Name",
    "Real Address",
    "Bytes Received",
    "Bytes Sent",
    "Connected Since"
  ]);
  const routes = routeHeader === void 0 ? /* @__PURE__ */ new Map() : virtualAddresses(routeHeader, routeLines, rejected);
  const at = clientColumns(columns, "Connected Since");
  const clients = [];
  for (const line of clientLines) {
    try {
      const fields = alignFields(line.text.split(","), header, columns, ",");
      const addresses = routes.get(routeKey(field(fields, at.commonName), field(fields, at.realAddress)));
      const since = field(fields, at.connectedSince);
      const connectedSince = wallTextToUnix(since, timeZone);
      if (connectedSince === null) throw new LineRejected(`Connected Since ${showValue(since)} is not a date`);
      clients.push(
        client(line, fields, at, {
          vpnIp4: onlyOne(addresses?.ip4),
          vpnIp6: onlyOne(addresses?.ip6),
          connectedSince
        })
      );
    } catch (error) {
      rejected.push(rejectionFrom(error, line));
    }
  }
  return { version: 1, time, clients, rejected };
}
function virtualAddresses(header, lines, rejected) {
  const columns = columnIndex(header, "ROUTING TABLE header", ["Virtual Address", "Common Name", "Real Address"]);
  const byClient = /* @__PURE__ */ new Map();
  for (const line of lines) {
    try {
      const fields = alignFields(line.text.split(","), header, columns, ",");
      const virtual = fieldOf(fields, columns, "Virtual Address");
      const ip = virtual.endsWith("C") || virtual.includes("/") ? null : canonicalIp(virtual);
      if (ip === null) continue;
      const key = routeKey(fieldOf(fields, columns, "Common Name"), fieldOf(fields, columns, "Real Address"));
      const entry = byClient.get(key) ?? { ip4: /* @__PURE__ */ new Set(), ip6: /* @__PURE__ */ new Set() };
      ((0, import_node_net3.isIP)(ip) === 4 ? entry.ip4 : entry.ip6).add(ip);
      byClient.set(key, entry);
    } catch (error) {
      rejected.push(rejectionFrom(error, line));
    }
  }
  return byClient;
}
function onlyOne(addresses) {
  return addresses?.size === 1 ? [...addresses][0] : null;
}
function clientColumns(columns, connectedSince) {
  const at = (name) => columns.get(name) ?? -1;
  return {
    commonName: at("Common Name"),
    realAddress: at("Real Address"),
    virtualAddress: at("Virtual Address"),
    virtualIPv6: at("Virtual IPv6 Address"),
    bytesReceived: at("Bytes Received"),
    bytesSent: at("Bytes Sent"),
    connectedSince: at(connectedSince),
    username: at("Username")
  };
}
function field(fields, index) {
  return fields[index] ?? "";
}
function client(line, fields, at, rest) {
  if (CONTROL_CHARACTER.test(line.text)) throw new LineRejected("contains a control character");
  const realAddress = field(fields, at.realAddress);
  const source = parseRealAddress(realAddress);
  if (source === null) throw new LineRejected(`Real Address ${showValue(realAddress)} is not an IP address with an optional port`);
  const commonName2 = field(fields, at.commonName);
  const username = field(fields, at.username);
  return {
    lineNumber: line.number,
    line: line.text,
    commonName: commonName2 === "UNDEF" ? null : commonName2,
    srcIp: source.ip,
    srcPort: source.port,
    transport: source.transport,
    vpnIp4: rest.vpnIp4,
    vpnIp6: rest.vpnIp6,
    bytesReceived: counter2(field(fields, at.bytesReceived), "Bytes Received"),
    bytesSent: counter2(field(fields, at.bytesSent), "Bytes Sent"),
    connectedSince: rest.connectedSince,
    username: username === "UNDEF" || username === "" ? null : username
  };
}
function columnIndex(header, what, required2) {
  const columns = /* @__PURE__ */ new Map();
  header.forEach((name, index) => {
    if (!columns.has(name)) columns.set(name, index);
  });
  const missing = required2.find((name) => !columns.has(name));
  if (missing !== void 0) throw new StatusFormatError(`${what} has no ${showValue(missing)} column`);
  return columns;
}
function fieldOf(fields, columns, name) {
  return field(fields, columns.get(name) ?? -1);
}
function alignFields(fields, header, columns, separator) {
  const surplus = fields.length - header.length;
  if (surplus === 0) return fields;
  if (surplus < 0 || separator !== ",") {
    throw new LineRejected(`has ${fields.length} fields, the header has ${header.length}`);
  }
  const nameAt = columns.get("Common Name") ?? 0;
  const addressAt = columns.get("Real Address") ?? -1;
  const userAt = columns.get("Username") ?? -1;
  let nameSurplus = surplus;
  if (addressAt === nameAt + 1 && userAt > addressAt) {
    const shift = fields.slice(addressAt, addressAt + surplus).findIndex((field2) => parseRealAddress(field2) !== null);
    if (shift >= 0) nameSurplus = shift;
  }
  const aligned = [...fields];
  aligned.splice(nameAt, nameSurplus + 1, fields.slice(nameAt, nameAt + nameSurplus + 1).join(","));
  const userSurplus = surplus - nameSurplus;
  if (userSurplus > 0) {
    aligned.splice(userAt, userSurplus + 1, aligned.slice(userAt, userAt + userSurplus + 1).join(","));
  }
  return aligned;
}
function parseRealAddress(text2) {
  const common = IPV4_WITH_PORT.exec(text2);
  if (common) {
    const port3 = parsePort(common[2], 0);
    return port3 === null ? null : { ip: common[1], port: port3, transport: null };
  }
  const prefix = TRANSPORT_PREFIX.exec(text2);
  const transport = prefix ? prefix[1] ?? null : null;
  const rest = prefix ? text2.slice(prefix[0].length) : text2;
  let host = rest;
  let port2;
  const bracketed = BRACKETED.exec(rest);
  if (bracketed) {
    host = bracketed[1] ?? "";
    port2 = bracketed[2];
    if ((0, import_node_net3.isIP)(host) !== 6) return null;
  } else if (rest.indexOf(":") >= 0 && rest.indexOf(":") === rest.lastIndexOf(":")) {
    [host = "", port2] = rest.split(":");
  }
  const ip = canonicalIp(host);
  if (ip === null) return null;
  if (port2 === void 0) return { ip, port: null, transport };
  const portNumber = parsePort(port2, 0);
  return portNumber === null ? null : { ip, port: portNumber, transport };
}
function optionalIp2(value, column, family) {
  if (value === "") return null;
  const ip = family === 4 ? canonicalIPv4(value) : canonicalIPv6(value);
  if (ip === null) throw new LineRejected(`${column} ${showValue(value)} is not an IPv${family} address`);
  return ip;
}
function counter2(value, column) {
  if (!/^[0-9]+$/.test(value)) throw new LineRejected(`${column} ${showValue(value)} is not a non-negative integer`);
  const count = BigInt(value);
  if (count > MAX_COUNTER) throw new LineRejected(`${column} ${showValue(value)} is larger than 2^63-1`);
  return count;
}
function timeField(value, column) {
  const time = unixTime(value);
  if (time === null) throw new LineRejected(`${column} ${showValue(value)} is not a non-negative integer of at most 2^53-1`);
  return time;
}
function unixTime(text2) {
  if (!/^[0-9]+$/.test(text2)) return null;
  const time = Number(text2);
  return time <= Number.MAX_SAFE_INTEGER ? time : null;
}
function duplicate(what, line) {
  return new StatusFormatError(`${what} appears twice (again on line ${line.number}); OpenVPN may be rewriting the status`);
}
function tooLong(line) {
  return rejection2(line, `line is ${line.text.length} characters long; OpenVPN writes at most 512 bytes per line`);
}
function rejection2(line, reason) {
  const text2 = line.text.length > MAX_LINE_LENGTH ? `${line.text.slice(0, KEPT_OF_LONG_LINE)}\u2026` : line.text;
  return { lineNumber: line.number, line: text2, reason };
}
function rejectionFrom(error, line) {
  if (error instanceof LineRejected) return rejection2(line, error.message);
  throw error;
}
var import_node_net3, StatusFormatError, LineRejected, MAX_LINE_LENGTH, KEPT_OF_LONG_LINE, MAX_COUNTER, PASSWORD_DIALOG, TRANSPORT_PREFIX, BRACKETED, IPV4_OCTET, IPV4_WITH_PORT, CONTROL_CHARACTER, FORMAT_NAMES, routeKey;
var init_parse_status = __esm({
  "src/openvpn/parse-status.ts"() {
    "use strict";
    import_node_net3 = require("node:net");
    init_errors();
    init_ip();
    init_wall_time();
    init_port();
    StatusFormatError = class extends Error {
      name = "StatusFormatError";
    };
    LineRejected = class extends Error {
    };
    MAX_LINE_LENGTH = 4096;
    KEPT_OF_LONG_LINE = 200;
    MAX_COUNTER = 2n ** 63n - 1n;
    PASSWORD_DIALOG = /^(?:ENTER PASSWORD:)?(?:SUCCESS: password is correct)?$/;
    TRANSPORT_PREFIX = /^((?:udp|tcp)[46]?(?:-server|-client)?):/;
    BRACKETED = /^\[([^\]]*)\](?::([^:]*))?$/;
    IPV4_OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])";
    IPV4_WITH_PORT = new RegExp(`^((?:${IPV4_OCTET}\\.){3}${IPV4_OCTET}):([0-9]{1,5})$`);
    CONTROL_CHARACTER = /[\x00-\x08\x0b-\x1f\x7f]/;
    FORMAT_NAMES = {
      1: "OpenVPN CLIENT LIST",
      2: "comma-separated",
      3: "tab-separated"
    };
    routeKey = (commonName2, realAddress) => `${commonName2}
${realAddress}`;
  }
});

// src/cli/status-input.ts
async function readStatus(options, timeoutSeconds) {
  let text2;
  let version = Number(options.statusVersion);
  if (options.management !== void 0) {
    const password = options.managementPasswordFile === void 0 ? void 0 : firstLine(options.managementPasswordFile);
    text2 = await fetchManagementStatus(parseManagementTarget(options.management), {
      timeoutMs: timeoutSeconds * 1e3,
      version: 3,
      ...password === void 0 ? {} : { password }
    });
    version = 3;
  } else {
    const file = options.statusFile ?? "";
    text2 = readInput(file === "" ? 0 : file, file === "" ? "standard input" : `status file ${file}`);
  }
  try {
    return parseStatus(text2, { version, ...options.statusTz === void 0 ? {} : { timeZone: options.statusTz } });
  } catch (error) {
    if (error instanceof StatusFormatError) throw new UserError(error.message);
    throw error;
  }
}
function checkStatusAge(snapshot, maxAgeSeconds, now = Date.now() / 1e3) {
  if (maxAgeSeconds === void 0) return;
  const age = Math.floor(now - snapshot.time);
  if (age > maxAgeSeconds) {
    throw new UserError(`status is ${age} s old (TIME ${snapshot.time}), more than --status-age ${maxAgeSeconds}; nothing changed`);
  }
}
function readInput(source, what) {
  try {
    return (0, import_node_fs3.readFileSync)(source, "utf8");
  } catch (error) {
    throw new UserError(`cannot read ${what}: ${errorReason(error)}`);
  }
}
function firstLine(file) {
  return readInput(file, `management password file ${file}`).split(/\r?\n/)[0] ?? "";
}
var import_node_fs3;
var init_status_input = __esm({
  "src/cli/status-input.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs");
    init_errors();
    init_management();
    init_parse_status();
  }
});

// src/cli/status-command.ts
var status_command_exports = {};
__export(status_command_exports, {
  runStatusCommand: () => runStatusCommand
});
async function runStatusCommand(options) {
  const policy = exitPolicy(options);
  try {
    const instance = instanceFrom(options);
    applyEnvOptions(options.env);
    const connection = resolveConnection(databaseFlags(options), process.env, (message) => warn(policy, message));
    const snapshot = await readStatus(options, connection.timeoutSeconds);
    checkStatusAge(snapshot, options.statusAge);
    const result = await usingDatabase(
      connection,
      (handle) => withRetries(
        handle,
        () => applyStatus(handle, instance, snapshot, {
          needSuccess: options.statusNeedSuccess === true,
          createMissing: options.updateCreate === true,
          closeMissing: options.closeMissing === true,
          staleGraceSeconds: options.staleGrace
        })
      )
    );
    explain(policy, options.statusInfo, result.rejected, "rejected");
    explain(policy, options.statusInfo, result.skipped, "skipped");
    if (options.statusInfo > 0) {
      warn(
        policy,
        `status ${snapshot.time}: ${result.updated} updated, ${result.unchanged} unchanged, ${result.created} created, ${result.closed} closed as stale, ${result.skipped.length} skipped, ${result.rejected.length} rejected`
      );
    }
    setExitCode(policy, Math.min(result.rejected.length, MAX_REJECTED_CODE));
  } catch (error) {
    reportFailure(policy, error);
  }
}
function explain(policy, verbosity, lines, what) {
  if (verbosity < 1) return;
  for (const line of lines) {
    warn(policy, `line ${line.lineNumber} ${what}: ${line.reason}`);
    if (verbosity >= 2) warn(policy, `  ${JSON.stringify(line.line)}`);
  }
}
var MAX_REJECTED_CODE;
var init_status_command = __esm({
  "src/cli/status-command.ts"() {
    "use strict";
    init_session();
    init_apply_status();
    init_connection_options();
    init_open_database();
    init_exit_policy();
    init_options();
    init_status_input();
    MAX_REJECTED_CODE = 99;
  }
});

// src/openvpn/deferred-connect.ts
function announceDeferral(file) {
  try {
    (0, import_node_fs4.writeFileSync)(file, "2");
  } catch (error) {
    throw new UserError(
      `cannot write ${DEFERRED_FILE_ENV}=${showValue(file)}: ${errorReason(error)} (expected a file OpenVPN created for this hook)`
    );
  }
}
function answerDeferral(file, admit) {
  try {
    (0, import_node_fs4.writeFileSync)(file, admit ? "1" : "0", { flag: "r+" });
  } catch {
  }
}
var import_node_fs4, DEFERRED_FILE_ENV;
var init_deferred_connect = __esm({
  "src/openvpn/deferred-connect.ts"() {
    "use strict";
    import_node_fs4 = require("node:fs");
    init_errors();
    DEFERRED_FILE_ENV = "client_connect_deferred_file";
  }
});

// src/spool/event-file.ts
function encodeEvent(event) {
  const lines = [EVENT_HEADER];
  for (const [flag, key] of Object.entries(optionLines)) lines.push(`${flag}=${escapeValue(event[key])}`);
  if (event.updateCreate) lines.push("--update-create");
  for (const name of hookVariables) {
    const value = event.env[name];
    if (value !== void 0) lines.push(`${name}=${escapeValue(value)}`);
  }
  lines.push(EVENT_TRAILER, "");
  return lines.join("\n");
}
function spooledEnv(env) {
  const kept = {};
  for (const name of hookVariables) {
    const value = env[name];
    if (value !== void 0) kept[name] = value;
  }
  return kept;
}
function decodeEvent(text2) {
  if (!text2.endsWith(`
${EVENT_TRAILER}
`)) {
    throw new EventFileError(`no '${EVENT_TRAILER}' line at the end: the file is incomplete`, true);
  }
  const lines = text2.slice(0, -(EVENT_TRAILER.length + 2)).split("\n");
  if (lines[0] !== EVENT_HEADER) {
    throw new EventFileError(`first line ${JSON.stringify(lines[0]?.slice(0, 40))} is not '${EVENT_HEADER}'`);
  }
  const event = { instanceName: "", instanceProto: "", instancePort: "0", updateCreate: false, env: {} };
  const seen = /* @__PURE__ */ new Set();
  for (const [index, line] of lines.entries()) {
    if (index === 0) continue;
    const equals = line.indexOf("=");
    const name = equals < 0 ? line : line.slice(0, equals);
    const where = `line ${index + 1} (${JSON.stringify(name.slice(0, 40))})`;
    if (seen.has(name)) throw new EventFileError(`${where} repeats a name`);
    seen.add(name);
    if (name === "--update-create" && equals < 0) {
      event.updateCreate = true;
    } else if (equals < 0) {
      throw new EventFileError(`${where} is not NAME=value`);
    } else if (name in optionLines) {
      event[optionLines[name]] = unescapeValue(line.slice(equals + 1), where);
    } else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      event.env[name] = unescapeValue(line.slice(equals + 1), where);
    } else {
      throw new EventFileError(`${where} is neither an option nor a variable name`);
    }
  }
  return event;
}
function escapeValue(value) {
  return value.replace(/[\\\n]/g, (c) => c === "\n" ? "\\n" : "\\\\");
}
function unescapeValue(text2, where) {
  return text2.replace(/\\(.?)/gs, (_, next) => {
    if (next === "\\") return "\\";
    if (next === "n") return "\n";
    throw new EventFileError(`${where} has an unknown escape ${JSON.stringify(`\\${next}`)}`);
  });
}
function scriptTypeRank(scriptType) {
  switch (scriptType) {
    case "client-connect":
      return 1;
    case "db-update":
      return 2;
    case "client-disconnect":
      return 3;
    default:
      return 0;
  }
}
var EVENT_HEADER, EVENT_TRAILER, EventFileError, optionLines;
var init_event_file = __esm({
  "src/spool/event-file.ts"() {
    "use strict";
    init_hook_event();
    EVENT_HEADER = "openvpn-db-log-event 1";
    EVENT_TRAILER = "end";
    EventFileError = class extends Error {
      constructor(message, incomplete = false) {
        super(message);
        this.incomplete = incomplete;
      }
      name = "EventFileError";
    };
    optionLines = {
      "--instance-name": "instanceName",
      "--instance-proto": "instanceProto",
      "--instance-port": "instancePort"
    };
  }
});

// src/spool/spool-dir.ts
function ensureSpoolDir(dir) {
  try {
    (0, import_node_fs5.mkdirSync)(dir, { recursive: true, mode: 448 });
  } catch (error) {
    throw new UserError(`cannot create spool directory ${dir}: ${errorReason(error)}`);
  }
}
function writeEventFile(dir, event) {
  ensureSpoolDir(dir);
  const base = `${uptimeCentiseconds()}-${scriptTypeRank(event.env["script_type"])}-${process.pid}`;
  const temporary = (0, import_node_path2.join)(dir, `.${base}${TEMP_SUFFIX}`);
  try {
    const fd = (0, import_node_fs5.openSync)(temporary, "wx", 384);
    try {
      (0, import_node_fs5.writeSync)(fd, encodeEvent(event));
      (0, import_node_fs5.fsyncSync)(fd);
    } finally {
      (0, import_node_fs5.closeSync)(fd);
    }
    const published = publish(temporary, dir, base);
    (0, import_node_fs5.unlinkSync)(temporary);
    syncDirectory(dir);
    return published;
  } catch (error) {
    try {
      (0, import_node_fs5.unlinkSync)(temporary);
    } catch {
    }
    throw new UserError(`cannot write an event file in spool directory ${dir}: ${errorReason(error)}`);
  }
}
function publish(temporary, dir, base) {
  for (let attempt = 0; ; attempt++) {
    const path = (0, import_node_path2.join)(dir, `${base}${attempt === 0 ? "" : `-${attempt}`}${EVENT_SUFFIX}`);
    try {
      (0, import_node_fs5.linkSync)(temporary, path);
      return path;
    } catch (error) {
      if (errorCode(error) !== "EEXIST" || attempt >= 100) throw error;
    }
  }
}
function syncDirectory(dir) {
  const fd = (0, import_node_fs5.openSync)(dir, "r");
  try {
    (0, import_node_fs5.fsyncSync)(fd);
  } finally {
    (0, import_node_fs5.closeSync)(fd);
  }
}
function uptimeCentiseconds() {
  let centiseconds = "0";
  try {
    const [seconds, fraction = "00"] = (0, import_node_fs5.readFileSync)("/proc/uptime", "latin1").split(" ")[0]?.split(".") ?? [];
    if (seconds) centiseconds = `${seconds}${fraction.padEnd(2, "0").slice(0, 2)}`;
  } catch {
  }
  return centiseconds.padStart(12, "0");
}
function listEvents(dir) {
  const files = [];
  for (const name of (0, import_node_fs5.readdirSync)(dir)) {
    if (!name.endsWith(EVENT_SUFFIX) || name.startsWith(".")) continue;
    const path = (0, import_node_path2.join)(dir, name);
    try {
      const stat = (0, import_node_fs5.statSync)(path, { bigint: true });
      if (stat.isFile()) files.push({ name, path, mtimeNs: stat.mtimeNs });
    } catch (error) {
      if (errorCode(error) !== "ENOENT") throw error;
    }
  }
  return files.sort((a, b) => a.mtimeNs === b.mtimeNs ? compare(a.name, b.name) : a.mtimeNs < b.mtimeNs ? -1 : 1);
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function removeStaleTemporaries(dir, now = Date.now()) {
  for (const name of (0, import_node_fs5.readdirSync)(dir)) {
    if (!name.startsWith(".") || !name.endsWith(TEMP_SUFFIX)) continue;
    try {
      const path = (0, import_node_path2.join)(dir, name);
      if (now - (0, import_node_fs5.statSync)(path).mtimeMs > STALE_TEMP_MS) (0, import_node_fs5.unlinkSync)(path);
    } catch {
    }
  }
}
function moveToFailed(file, dir, reason) {
  const failedDir = (0, import_node_path2.join)(dir, FAILED_DIR);
  (0, import_node_fs5.mkdirSync)(failedDir, { recursive: true, mode: 448 });
  let target = (0, import_node_path2.join)(failedDir, file.name);
  for (let attempt = 1; (0, import_node_fs5.existsSync)(target); attempt++) target = (0, import_node_path2.join)(failedDir, `${file.name}.${attempt}`);
  (0, import_node_fs5.renameSync)(file.path, target);
  (0, import_node_fs5.writeFileSync)(`${target}.reason`, `${(/* @__PURE__ */ new Date()).toISOString()} ${reason}
`, { mode: 384 });
  return target;
}
function drainerRunning(dir) {
  try {
    const pid = (0, import_node_fs5.readFileSync)((0, import_node_path2.join)(dir, PID_FILE), "latin1").trim();
    return /^[1-9][0-9]*$/.test(pid) && (0, import_node_fs5.existsSync)(`/proc/${pid}`);
  } catch {
    return false;
  }
}
function writePidFile(dir) {
  (0, import_node_fs5.writeFileSync)((0, import_node_path2.join)(dir, PID_FILE), `${process.pid}
`, { mode: 384 });
}
function removePidFile(dir) {
  try {
    if ((0, import_node_fs5.readFileSync)((0, import_node_path2.join)(dir, PID_FILE), "latin1").trim() === String(process.pid)) (0, import_node_fs5.unlinkSync)((0, import_node_path2.join)(dir, PID_FILE));
  } catch {
  }
}
var import_node_fs5, import_node_path2, FAILED_DIR, PID_FILE, EVENT_SUFFIX, TEMP_SUFFIX, STALE_TEMP_MS;
var init_spool_dir = __esm({
  "src/spool/spool-dir.ts"() {
    "use strict";
    import_node_fs5 = require("node:fs");
    import_node_path2 = require("node:path");
    init_errors();
    init_event_file();
    FAILED_DIR = "failed";
    PID_FILE = "drain.pid";
    EVENT_SUFFIX = ".event";
    TEMP_SUFFIX = ".tmp";
    STALE_TEMP_MS = 60 * 60 * 1e3;
  }
});

// src/hook/run-hook.ts
function isDetachedDrainer(env) {
  return env[FORKED_ENV] === "drain";
}
async function runHook(settings, openvpnEnv, admitOnFailure) {
  const role = openvpnEnv[FORKED_ENV];
  let deferredFile = role === "defer" ? openvpnEnv[DEFERRED_FILE_ENV] : void 0;
  try {
    const event = parseHookEnv(openvpnEnv);
    if (role === void 0) {
      switch (settings.mode) {
        case "fork":
          startDetached(openvpnEnv, "1");
          return;
        case "spool":
          spool(settings, openvpnEnv);
          return;
        case "defer": {
          const file = openvpnEnv[DEFERRED_FILE_ENV];
          if (event.type !== "client-connect" || !file) break;
          announceDeferral(file);
          if (startDetached(openvpnEnv, "defer")) return;
          deferredFile = file;
          break;
        }
        case "sync":
          break;
        default:
          return settings.mode;
      }
    }
    await logEvent(settings.connection, settings.instance, event, settings.createMissing);
    if (deferredFile) answerDeferral(deferredFile, true);
  } catch (error) {
    if (deferredFile) answerDeferral(deferredFile, admitOnFailure);
    throw error;
  }
}
async function logEvent(connection, instance, event, createMissing) {
  const [{ usingDatabase: usingDatabase2, withRetries: withRetries2 }, { applyHookEvent: applyHookEvent2 }] = await Promise.all([
    Promise.resolve().then(() => (init_open_database(), open_database_exports)),
    Promise.resolve().then(() => (init_session_log(), session_log_exports))
  ]);
  await usingDatabase2(
    connection,
    (handle) => withRetries2(handle, () => applyHookEvent2(handle, instance, event, { createMissing }))
  );
}
function spool(settings, env) {
  writeEventFile(settings.spoolDir, {
    ...settings.rawInstance,
    updateCreate: settings.createMissing,
    env: spooledEnv(env)
  });
  if (!drainerRunning(settings.spoolDir)) startDetached(env, "drain");
}
function startDetached(env, role) {
  const child = (0, import_node_child_process.spawn)(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    detached: true,
    stdio: ["ignore", "ignore", stderrIsStream() ? "ignore" : "inherit"],
    env: { ...env, [FORKED_ENV]: role }
  });
  child.on("error", () => {
  });
  child.unref();
  return child.pid !== void 0;
}
function stderrIsStream() {
  try {
    const stderr = (0, import_node_fs6.fstatSync)(2);
    return stderr.isFIFO() || stderr.isSocket();
  } catch {
    return true;
  }
}
var import_node_child_process, import_node_fs6, FORKED_ENV;
var init_run_hook = __esm({
  "src/hook/run-hook.ts"() {
    "use strict";
    import_node_child_process = require("node:child_process");
    import_node_fs6 = require("node:fs");
    init_hook_event();
    init_deferred_connect();
    init_event_file();
    init_spool_dir();
    FORKED_ENV = "OPENVPN_DB_LOG_FORKED";
  }
});

// src/spool/drain-lock.ts
async function acquireDrainLock(dir) {
  const { dev, ino } = (0, import_node_fs7.statSync)(dir, { bigint: true });
  const server = (0, import_node_net4.createServer)();
  const bound = await new Promise((resolve, reject) => {
    server.once("error", (error) => error.code === "EADDRINUSE" ? resolve(false) : reject(error));
    server.listen({ path: `\0openvpn-db-log-drain:${dev}:${ino}` }, () => resolve(true));
  });
  if (!bound) return null;
  server.unref();
  return { release: () => close(server) };
}
function close(server) {
  return new Promise((resolve) => server.close(() => resolve()));
}
var import_node_fs7, import_node_net4;
var init_drain_lock = __esm({
  "src/spool/drain-lock.ts"() {
    "use strict";
    import_node_fs7 = require("node:fs");
    import_node_net4 = require("node:net");
  }
});

// src/spool/drainer.ts
var import_node_fs8, BATCH_SIZE, INCOMPLETE_GRACE_MS, BACKOFF_MS, WATCH_POLL_MS, LOCK_POLL_MS, DatabaseUnavailable, Drainer, Wakeup;
var init_drainer = __esm({
  "src/spool/drainer.ts"() {
    "use strict";
    import_node_fs8 = require("node:fs");
    init_errors();
    init_hook_event();
    init_session();
    init_session_log();
    init_drain_lock();
    init_event_file();
    init_spool_dir();
    init_connection_options();
    init_open_database();
    BATCH_SIZE = 200;
    INCOMPLETE_GRACE_MS = 6e4;
    BACKOFF_MS = [1e3, 2e3, 4e3, 8e3, 16e3, 3e4];
    WATCH_POLL_MS = 1e4;
    LOCK_POLL_MS = 5e3;
    DatabaseUnavailable = class extends Error {
      name = "DatabaseUnavailable";
    };
    Drainer = class {
      constructor(dir, connection, watchMode, log) {
        this.dir = dir;
        this.connection = connection;
        this.watchMode = watchMode;
        this.log = log;
      }
      wake = new Wakeup();
      stopping = false;
      lock = null;
      handle;
      failures = 0;
      lastProblem = "";
      report = { applied: 0, failed: 0 };
      async run() {
        const stop = () => {
          this.stopping = true;
          this.wake.signal();
        };
        const retryNow = () => this.wake.signal();
        process.on("SIGTERM", stop).on("SIGINT", stop).on("SIGUSR1", retryNow);
        let watcher;
        try {
          this.lock = await this.acquireLock();
          if (!this.lock) return this.report;
          if (this.watchMode) watcher = (0, import_node_fs8.watch)(this.dir, () => this.wake.change()).on("error", () => {
          });
          while (!this.stopping) {
            const worked = await this.round();
            if (worked === "waiting") await this.wake.sleep(1e3, { onChange: true });
            else if (worked === "unavailable") await this.backOff();
            else if (worked === "empty" && !await this.idle()) break;
          }
          return this.report;
        } finally {
          watcher?.close();
          process.off("SIGTERM", stop).off("SIGINT", stop).off("SIGUSR1", retryNow);
          await this.closeDatabase();
          removePidFile(this.dir);
          await this.lock?.release();
        }
      }
      async acquireLock() {
        for (; ; ) {
          const lock = await acquireDrainLock(this.dir);
          if (lock) {
            writePidFile(this.dir);
            return lock;
          }
          if (!this.watchMode) {
            this.log("another drain is running on this spool directory; leaving it the work");
            return null;
          }
          await this.wake.sleep(LOCK_POLL_MS, { onChange: false });
          if (this.stopping) return null;
        }
      }
      /** Spool empty: wait for more (--watch), or hand over and end. Returns whether to go on. */
      async idle() {
        await this.closeDatabase();
        if (this.watchMode) {
          await this.wake.sleep(WATCH_POLL_MS, { onChange: true });
          return true;
        }
        removePidFile(this.dir);
        await this.lock?.release();
        this.lock = null;
        if (listEvents(this.dir).length === 0) return false;
        this.lock = await acquireDrainLock(this.dir);
        if (!this.lock) return false;
        writePidFile(this.dir);
        return true;
      }
      async round() {
        removeStaleTemporaries(this.dir);
        const files = listEvents(this.dir);
        let waiting = false;
        let applied = false;
        for (let start = 0; start < files.length && !this.stopping; start += BATCH_SIZE) {
          const batch = [];
          for (const file of files.slice(start, start + BATCH_SIZE)) {
            const ready = this.readEvent(file);
            if (ready === "waiting") waiting = true;
            else if (ready) batch.push(ready);
          }
          if (batch.length === 0) continue;
          try {
            await this.apply(batch);
            applied = true;
          } catch (error) {
            if (!(error instanceof DatabaseUnavailable)) throw error;
            await this.closeDatabase();
            this.noteProblem(error.message);
            return "unavailable";
          }
        }
        if (this.failures > 0) {
          this.log("the database takes events again");
          this.failures = 0;
          this.lastProblem = "";
        }
        return waiting ? "waiting" : applied || files.length > 0 ? "applied" : "empty";
      }
      /** Decodes and validates one file with the hook's own rules; a file that never will be an event goes to failed/. */
      readEvent(file) {
        let text2;
        try {
          text2 = (0, import_node_fs8.readFileSync)(file.path, "utf8");
        } catch (error) {
          if (errorCode(error) === "ENOENT") return void 0;
          throw error;
        }
        try {
          const spooled = decodeEvent(text2);
          const arrival = Number(file.mtimeNs / 1000000000n);
          return {
            file,
            event: parseHookEnv(spooled.env, () => arrival),
            instance: instanceFrom(spooled),
            createMissing: spooled.updateCreate
          };
        } catch (error) {
          if (error instanceof EventFileError && error.incomplete && Date.now() - Number(file.mtimeNs / 1000000n) < INCOMPLETE_GRACE_MS) {
            return "waiting";
          }
          if (!(error instanceof EventFileError || error instanceof UserError)) throw error;
          this.fail(file, error instanceof EventFileError ? `undecodable event file: ${error.message}` : error.message);
          return void 0;
        }
      }
      async apply(batch) {
        const handle = await this.database();
        try {
          await withRetries(
            handle,
            () => handle.db.transaction().execute(async (trx) => {
              for (const item of batch) await applyHookEvent({ ...handle, db: trx }, item.instance, item.event, item);
            })
          );
          for (const item of batch) this.done(item.file);
          return;
        } catch {
        }
        for (const item of batch) {
          try {
            await withRetries(
              handle,
              () => handle.db.transaction().execute((trx) => applyHookEvent({ ...handle, db: trx }, item.instance, item.event, item))
            );
            this.done(item.file);
          } catch (error) {
            if (!(error instanceof UserError)) throw new DatabaseUnavailable(this.explain(error));
            this.fail(item.file, error.message);
          }
        }
      }
      async database() {
        if (this.handle) return this.handle;
        try {
          const handle = await openDatabase(this.connection);
          this.handle = handle;
          await handle.db.selectFrom("instance").select("id").limit(1).execute();
          await handle.db.selectFrom("session").select("id").limit(1).execute();
          return handle;
        } catch (error) {
          throw new DatabaseUnavailable(this.explain(error));
        }
      }
      async closeDatabase() {
        const handle = this.handle;
        this.handle = void 0;
        await handle?.db.destroy().catch(() => {
        });
      }
      done(file) {
        try {
          (0, import_node_fs8.unlinkSync)(file.path);
        } catch (error) {
          if (errorCode(error) !== "ENOENT") throw error;
        }
        this.report.applied++;
      }
      fail(file, reason) {
        moveToFailed(file, this.dir, reason);
        this.report.failed++;
        this.log(`moved ${file.name} to failed/: ${reason}`);
      }
      noteProblem(problem) {
        this.failures++;
        if (problem === this.lastProblem) return;
        this.lastProblem = problem;
        this.log(`${problem}; events stay spooled, retrying with back-off (SIGUSR1 to pid ${process.pid} retries now)`);
      }
      async backOff() {
        const delay = BACKOFF_MS[Math.min(this.failures, BACKOFF_MS.length) - 1] ?? 1e3;
        await this.wake.sleep(delay, { onChange: false });
      }
      explain(error) {
        const explained = adapterFor(this.connection.backend).explainError(error, this.connection);
        const text2 = explained ?? `${describeTarget(this.connection)}: ${error instanceof Error ? error.message || error.name : String(error)}`;
        return printable(text2);
      }
    };
    Wakeup = class {
      signalled = false;
      changed = false;
      current;
      sleep(ms, { onChange }) {
        if (this.signalled || onChange && this.changed) {
          this.signalled = false;
          this.changed = false;
          return Promise.resolve();
        }
        return new Promise((resolve) => {
          const timer = setTimeout(done, ms);
          function done() {
            clearTimeout(timer);
            resolve();
          }
          this.current = { done, onChange };
        }).finally(() => {
          this.current = void 0;
          this.changed = false;
        });
      }
      signal() {
        if (this.current) this.current.done();
        else this.signalled = true;
      }
      change() {
        if (this.current?.onChange) this.current.done();
        else this.changed = true;
      }
    };
  }
});

// src/cli/drain-command.ts
var drain_command_exports = {};
__export(drain_command_exports, {
  runDrainCommand: () => runDrainCommand
});
async function runDrainCommand(options) {
  const policy = exitPolicy(options);
  try {
    applyEnvOptions(options.env);
    const connection = resolveConnection(databaseFlags(options), process.env, (message) => warn(policy, message));
    ensureSpoolDir(options.spool);
    const drainer = new Drainer(
      options.spool,
      connection,
      options.watch === true,
      (message) => warn(policy, `drain ${options.spool}: ${message}`)
    );
    const { applied, failed } = await drainer.run();
    if (applied + failed > 0) {
      process.stdout.write(
        `${options.spool}: applied ${applied} event(s) to ${describeTarget(connection)}` + (failed > 0 ? `, moved ${failed} to ${options.spool}/failed/
` : "\n")
      );
    }
  } catch (error) {
    reportFailure(policy, error);
  }
}
var init_drain_command = __esm({
  "src/cli/drain-command.ts"() {
    "use strict";
    init_spool_dir();
    init_drainer();
    init_connection_options();
    init_exit_policy();
    init_options();
  }
});

// src/cli/hook-command.ts
var hook_command_exports = {};
__export(hook_command_exports, {
  runHookCommand: () => runHookCommand
});
async function runHookCommand(options) {
  if (isDetachedDrainer(process.env) && options.spool !== void 0) {
    const { runDrainCommand: runDrainCommand2 } = await Promise.resolve().then(() => (init_drain_command(), drain_command_exports));
    await runDrainCommand2({ ...options, spool: options.spool });
    return;
  }
  const policy = exitPolicy(options);
  const openvpnEnv = { ...process.env };
  try {
    const mode = hookMode(options);
    const instance = instanceFrom(options);
    applyEnvOptions(options.env);
    const connection = resolveConnection(databaseFlags(options), process.env, (message) => warn(policy, message));
    const { instanceName, instanceProto, instancePort } = options;
    await runHook(
      {
        mode,
        spoolDir: options.spool ?? "",
        instance,
        rawInstance: { instanceName, instanceProto, instancePort },
        connection,
        createMissing: options.updateCreate === true
      },
      openvpnEnv,
      policy.zero
    );
  } catch (error) {
    reportFailure(policy, error);
  }
}
function hookMode(options) {
  const chosen = [options.fork && "-f", options.defer && "--defer", options.spool !== void 0 && "--spool"].filter(
    (flag) => typeof flag === "string"
  );
  if (chosen.length > 1) {
    throw new UserError(`invalid options ${chosen.join(" ")}: expected at most one of -f, --defer and --spool`);
  }
  if (options.spool === "") throw new UserError(`invalid --spool ${showValue("")}: expected a directory`);
  return options.spool !== void 0 ? "spool" : options.defer ? "defer" : options.fork ? "fork" : "sync";
}
var init_hook_command = __esm({
  "src/cli/hook-command.ts"() {
    "use strict";
    init_errors();
    init_run_hook();
    init_session();
    init_connection_options();
    init_exit_policy();
    init_options();
  }
});

// src/cli/close-stale-command.ts
var close_stale_command_exports = {};
__export(close_stale_command_exports, {
  runCloseStaleCommand: () => runCloseStaleCommand
});
async function runCloseStaleCommand(options) {
  const policy = exitPolicy(options);
  try {
    const fromStatus = options.statusFile !== void 0 || options.management !== void 0;
    if (fromStatus === (options.allOpen === true)) {
      throw new UserError("close-stale needs exactly one of --status-file FILE, --management ADDRESS or --all-open");
    }
    const instance = instanceFrom(options);
    applyEnvOptions(options.env);
    const connection = resolveConnection(databaseFlags(options), process.env, (message) => warn(policy, message));
    const scope = fromStatus ? { snapshot: await readStatus(options, connection.timeoutSeconds), staleGraceSeconds: options.staleGrace } : "all-open";
    const closed = await usingDatabase(connection, (handle) => withRetries(handle, () => closeStale(handle, instance, scope)));
    process.stdout.write(`${describeTarget(connection)}: closed ${closed} stale session(s)
`);
  } catch (error) {
    reportFailure(policy, error);
  }
}
var init_close_stale_command = __esm({
  "src/cli/close-stale-command.ts"() {
    "use strict";
    init_session();
    init_errors();
    init_apply_status();
    init_connection_options();
    init_open_database();
    init_exit_policy();
    init_options();
    init_status_input();
  }
});

// migrations/001-perl-schema.ts
function perlSchema(backend) {
  const types = columnTypes[backend];
  return {
    async up(db) {
      await db.schema.createTable("instance").ifNotExists().addColumn("id", types.id, (col) => types.idColumn(col)).addColumn("name", sql`varchar(64)`, (col) => col.notNull().defaultTo("")).addColumn("port", types.port, (col) => col.notNull().defaultTo(0)).addColumn("protocol", sql`varchar(10)`, (col) => col.notNull().defaultTo("")).addUniqueConstraint("unique_instance", ["name", "port", "protocol"]).modifyEnd(types.tableOptions).execute();
      await db.schema.createTable("session").ifNotExists().addColumn("id", types.id, (col) => types.idColumn(col)).addColumn("instance_id", types.reference, (col) => col.notNull()).addColumn("connect_time", sql`bigint`, (col) => col.notNull()).addColumn("src_ip", types.ip, (col) => col.notNull()).addColumn("src_port", types.port, (col) => col.notNull()).addColumn("cn", types.cn, (col) => col.notNull()).addColumn("vpn_ip4", types.ip4).addColumn("vpn_ip6", types.ip).addColumn("disconnect_time", sql`bigint`).addColumn("duration", sql`integer`).addColumn("bytes_in", types.counter).addColumn("bytes_out", types.counter).addUniqueConstraint("unique_session", ["instance_id", "connect_time", "src_ip", "src_port", "cn"]).modifyEnd(types.tableOptions).execute();
      const session = (await db.introspection.getTables()).find((table) => table.name === "session");
      if (session && !session.columns.some((column) => column.name === "vpn_ip6")) {
        await db.schema.alterTable("session").addColumn("vpn_ip6", types.ip).execute();
      }
    }
  };
}
var columnTypes;
var init_perl_schema = __esm({
  "migrations/001-perl-schema.ts"() {
    "use strict";
    init_esm2();
    columnTypes = {
      sqlite: {
        id: sql`integer`,
        idColumn: (col) => col.primaryKey().autoIncrement(),
        reference: sql`integer`,
        ip: sql`varchar(39)`,
        ip4: sql`varchar(15)`,
        port: sql`unsigned smallint`,
        cn: sql`varchar(64)`,
        counter: sql`unsigned bigint`,
        tableOptions: sql``
      },
      postgres: {
        id: sql`bigserial`,
        idColumn: (col) => col.primaryKey(),
        reference: sql`bigint`,
        ip: sql`inet`,
        ip4: sql`inet`,
        port: sql`integer`,
        cn: sql`varchar(64)`,
        counter: sql`bigint`,
        tableOptions: sql``
      },
      mysql: {
        id: sql`bigint unsigned`,
        idColumn: (col) => col.notNull().autoIncrement().primaryKey(),
        reference: sql`bigint unsigned`,
        ip: sql`varchar(39)`,
        ip4: sql`varchar(15)`,
        port: sql`smallint unsigned`,
        // Binary collation: CNs compare exactly (case, trailing spaces), as in SQLite and PostgreSQL.
        cn: sql`varchar(64) character set utf8mb4 collate utf8mb4_bin`,
        counter: sql`bigint unsigned`,
        tableOptions: sql`engine = InnoDB default charset = utf8mb4`
      }
    };
  }
});

// migrations/002-session-end-reason.ts
var sessionEndReason;
var init_session_end_reason = __esm({
  "migrations/002-session-end-reason.ts"() {
    "use strict";
    init_esm2();
    sessionEndReason = {
      async up(db) {
        await db.schema.alterTable("session").addColumn("end_reason", sql`varchar(16)`).execute();
      }
    };
  }
});

// migrations/003-history-indexes.ts
var historyIndexes;
var init_history_indexes = __esm({
  "migrations/003-history-indexes.ts"() {
    "use strict";
    historyIndexes = {
      async up(db) {
        await db.schema.createIndex("session_cn_connect_time").on("session").columns(["cn", "connect_time"]).execute();
        await db.schema.createIndex("session_connect_time").on("session").column("connect_time").execute();
        await db.schema.createIndex("session_disconnect_time").on("session").columns(["disconnect_time", "connect_time"]).execute();
      }
    };
  }
});

// migrations/004-stats-rollup.ts
function statsRollup(backend) {
  const tableOptions = backend === "mysql" ? sql`engine = InnoDB default charset = utf8mb4` : sql``;
  return {
    async up(db) {
      await db.schema.createTable("stats_rollup").addColumn("kind", sql`varchar(8)`, (col) => col.notNull()).addColumn("period_start", sql`bigint`, (col) => col.notNull()).addColumn("period_end", sql`bigint`, (col) => col.notNull()).addColumn("sessions", sql`bigint`, (col) => col.notNull()).addColumn("users", sql`bigint`, (col) => col.notNull()).addColumn("duration", sql`bigint`, (col) => col.notNull()).addColumn("bytes_in_high", sql`bigint`, (col) => col.notNull()).addColumn("bytes_in_low", sql`bigint`, (col) => col.notNull()).addColumn("bytes_out_high", sql`bigint`, (col) => col.notNull()).addColumn("bytes_out_low", sql`bigint`, (col) => col.notNull()).addColumn("peak", sql`bigint`, (col) => col.notNull()).addPrimaryKeyConstraint("stats_rollup_pkey", ["kind", "period_start"]).modifyEnd(tableOptions).execute();
      await db.schema.createTable("stats_rollup_open").addColumn("session_id", sql`bigint`, (col) => col.notNull().primaryKey()).modifyEnd(tableOptions).execute();
      await db.schema.createTable("stats_rollup_state").addColumn("id", sql`integer`, (col) => col.notNull().primaryKey()).addColumn("horizon", sql`bigint`).addColumn("stale_from", sql`bigint`).addColumn("stale_marks", sql`bigint`, (col) => col.notNull().defaultTo(0)).modifyEnd(tableOptions).execute();
      await db.insertInto("stats_rollup_state").values({ id: 1, horizon: null, stale_from: null, stale_marks: 0 }).execute();
    }
  };
}
var init_stats_rollup = __esm({
  "migrations/004-stats-rollup.ts"() {
    "use strict";
    init_esm2();
  }
});

// migrations/005-session-fillfactor.ts
function sessionFillfactor(backend) {
  return {
    async up(db) {
      if (backend === "postgres") await sql`alter table session set (fillfactor = 70)`.execute(db);
    }
  };
}
var init_session_fillfactor = __esm({
  "migrations/005-session-fillfactor.ts"() {
    "use strict";
    init_esm2();
  }
});

// migrations/index.ts
function migrations(backend) {
  return {
    "001-perl-schema": perlSchema(backend),
    "002-session-end-reason": sessionEndReason,
    "003-history-indexes": historyIndexes,
    "004-stats-rollup": statsRollup(backend),
    "005-session-fillfactor": sessionFillfactor(backend)
  };
}
var init_migrations = __esm({
  "migrations/index.ts"() {
    "use strict";
    init_perl_schema();
    init_session_end_reason();
    init_history_indexes();
    init_stats_rollup();
    init_session_fillfactor();
  }
});

// src/db/migrate.ts
async function migrateToLatest(handle) {
  const backend = handle.backend;
  const migrator = new Migrator({
    db: handle.db,
    provider: { getMigrations: async () => migrations(backend) }
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((result) => result.status === "Error");
  if (error) {
    if (!failed) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`migration ${failed.migrationName} failed: ${message}`, { cause: error });
  }
  return { applied: results.filter((r) => r.status === "Success").map((r) => r.migrationName) };
}
var init_migrate = __esm({
  "src/db/migrate.ts"() {
    "use strict";
    init_esm2();
    init_migrations();
  }
});

// src/cli/migrate-command.ts
var migrate_command_exports = {};
__export(migrate_command_exports, {
  runMigrateCommand: () => runMigrateCommand
});
async function runMigrateCommand(options) {
  const policy = exitPolicy(options);
  try {
    applyEnvOptions(options.env);
    const connection = resolveConnection(databaseFlags(options), process.env, (message) => warn(policy, message));
    const { applied } = await usingDatabase(connection, migrateToLatest, { create: true });
    const target = describeTarget(connection);
    process.stdout.write(
      applied.length > 0 ? `${target}: applied ${applied.join(", ")}
` : `${target}: schema is up to date
`
    );
  } catch (error) {
    reportFailure(policy, error);
  }
}
var init_migrate_command = __esm({
  "src/cli/migrate-command.ts"() {
    "use strict";
    init_connection_options();
    init_migrate();
    init_open_database();
    init_exit_policy();
    init_options();
  }
});

// src/db/history-sql.ts
function likeToGlob(pattern2) {
  let glob = "";
  for (let i = 0; i < pattern2.length; i++) {
    const char = pattern2[i] ?? "";
    if (char === "\\") glob += globLiteral(pattern2[++i] ?? "");
    else if (char === "%") glob += "*";
    else if (char === "_") glob += "?";
    else glob += globLiteral(char);
  }
  return glob;
}
function globLiteral(char) {
  return char === "*" || char === "?" || char === "[" ? `[${char}]` : char;
}
var likeOnCn, historyDialects;
var init_history_sql = __esm({
  "src/db/history-sql.ts"() {
    "use strict";
    init_esm2();
    likeOnCn = (eb, pattern2) => eb("cn", "like", pattern2);
    historyDialects = {
      postgres: {
        networkContains: (column, cidr) => sql`${sql.ref(column)} <<= ${cidr}::cidr`,
        // LIKE is case-sensitive in PostgreSQL.
        cnLike: likeOnCn,
        // bigint + bigint would raise on overflow; numeric does not.
        totalBytes: () => sql`(coalesce(bytes_in, 0)::numeric + coalesce(bytes_out, 0))`,
        groupingColumn: (column) => sql.ref(column),
        boundedWindowAsIdSet: false,
        /**
         * PostgreSQL's JIT spends longer compiling the period CASE than running it
         * (`--by day --since -30d` over 1M sessions: 1.3 s compiling, 0.2 s running).
         */
        async prepareForScans(db) {
          await sql`set local jit = off`.execute(db);
        }
      },
      mysql: {
        networkContains: () => null,
        // cn has a binary collation: LIKE is case-sensitive.
        cnLike: likeOnCn,
        // The counters are unsigned, so the sum fits.
        totalBytes: () => sql`(coalesce(bytes_in, 0) + coalesce(bytes_out, 0))`,
        groupingColumn: (column) => sql.ref(column),
        boundedWindowAsIdSet: false,
        /**
         * MariaDB's 16 MB temporary tables and 2 MB sort buffer send the peak
         * sweep of 1M sessions to disk (18 s against 4 s).
         */
        async prepareForScans(db) {
          await sql`set session tmp_table_size = 268435456, max_heap_table_size = 268435456, sort_buffer_size = 67108864`.execute(db);
        }
      },
      sqlite: {
        networkContains: () => null,
        // SQLite's LIKE ignores case; GLOB does not.
        cnLike: (_eb, pattern2) => sql`${sql.ref("cn")} glob ${likeToGlob(pattern2)}`,
        // An overflowing integer sum turns into a (larger) real.
        totalBytes: () => sql`(coalesce(bytes_in, 0) + coalesce(bytes_out, 0))`,
        /**
         * The unary plus hides the column from the planner: given an index that
         * starts with it (cn), SQLite without statistics reads the whole table in
         * that index's order to skip the sort, a random row access per session,
         * instead of using the filter's index and sorting the few matches.
         */
        groupingColumn: (column) => sql`+${sql.ref(column)}`,
        /**
         * Without statistics SQLite would walk the connect_time index back from
         * `until` through all of history, or fetch every row that ended after
         * `since` before testing its connect time (--at a year back over 1M
         * sessions: 220 ms, against 17 ms as an id set).
         */
        boundedWindowAsIdSet: true,
        async prepareForScans() {
        }
      }
    };
  }
});

// src/history/time-spec.ts
function parseTimeSpec(text2, option, context) {
  const trimmed = text2.trim();
  if (trimmed.toLowerCase() === "now") return context.now;
  if (/^\d{1,12}$/.test(trimmed)) return Number(trimmed);
  const relative = /^([+-])(.+)$/.exec(trimmed);
  if (relative?.[1] && relative[2]) {
    const span = spanSeconds(relative[2]);
    if (span === null) throw new UserError(`invalid ${option} ${showValue(text2)}: ${TIME_EXPECTED}`);
    return relative[1] === "-" ? context.now - span : context.now + span;
  }
  const iso = ISO.exec(trimmed);
  const time = iso ? isoSeconds(iso, context.zone) : null;
  if (time === null) throw new UserError(`invalid ${option} ${showValue(text2)}: ${TIME_EXPECTED}`);
  return time;
}
function parseDurationSpec(text2, option) {
  const span = spanSeconds(text2.trim());
  if (span === null) throw new UserError(`invalid ${option} ${showValue(text2)}: ${DURATION_EXPECTED}`);
  return span;
}
function spanSeconds(text2) {
  if (!/^(\d{1,12}[smhdw])+$/i.test(text2)) return null;
  let total = 0;
  for (const [, count, unit] of text2.matchAll(/(\d+)([smhdw])/gi)) {
    total += Number(count) * (UNIT_SECONDS[(unit ?? "").toLowerCase()] ?? Number.NaN);
  }
  return total <= MAX_SPAN_SECONDS ? total : null;
}
function isoSeconds(match, zone) {
  const [, y, mo, d, h = "0", mi = "0", s = "0", z, sign, oh, om = "0"] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  if (z !== void 0 || sign !== void 0) {
    const offsetHours = Number(oh ?? "0");
    const offsetMinutes = Number(om);
    if (offsetHours > 23 || offsetMinutes > 59) return null;
    const offset = (sign === "-" ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
    return utcSeconds(year, month, day, hour, minute, second) - offset;
  }
  return zone === "utc" ? utcSeconds(year, month, day, hour, minute, second) : localSeconds(year, month, day, hour, minute, second);
}
var UNIT_SECONDS, MAX_SPAN_SECONDS, TIME_EXPECTED, DURATION_EXPECTED, ISO;
var init_time_spec = __esm({
  "src/history/time-spec.ts"() {
    "use strict";
    init_errors();
    init_wall_time();
    UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
    MAX_SPAN_SECONDS = 1e4 * 366 * 86400;
    TIME_EXPECTED = "expected ISO 8601 (2026-11-23, 2026-11-23T14:03:00Z, 2026-11-23T15:03+01:00), unix seconds or relative (-4h, -30d, now)";
    DURATION_EXPECTED = "expected a duration such as 180d, 12w, 36h or 1w3d (units s, m, h, d, w)";
    ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?)?$/;
  }
});

// src/history/session-filter.ts
function parseSessionFilter(raw, context) {
  const time = (option, text2) => text2 === void 0 ? null : parseTimeSpec(text2, option, context);
  const at = time("--at", raw.at);
  const since = pickLater(time("--since", raw.since), at);
  const until = pickEarlier(time("--until", raw.until), at);
  return {
    cns: raw.cn ?? [],
    cnPatterns: (raw.cnLike ?? []).map(checkLikePattern),
    srcIps: (raw.ip ?? []).map((text2) => parseIpNetwork(text2, "--ip")),
    vpnIps: (raw.vpnIp ?? []).map((text2) => parseIpNetwork(text2, "--vpn-ip")),
    active: raw.active === true,
    since,
    until,
    instance: instanceFilter(raw),
    minBytes: raw.minBytes === void 0 ? null : parseByteCount(raw.minBytes, "--min-bytes"),
    now: context.now
  };
}
function pickLater(a, b) {
  return a === null ? b : b === null ? a : Math.max(a, b);
}
function pickEarlier(a, b) {
  return a === null ? b : b === null ? a : Math.min(a, b);
}
function checkLikePattern(pattern2) {
  if (pattern2 === "" || /(^|[^\\])(\\\\)*\\$/.test(pattern2)) {
    throw new UserError(
      `invalid --cn-like ${showValue(pattern2)}: expected a LIKE pattern (% any text, _ one character, \\ escapes) not ending in a lone \\`
    );
  }
  return pattern2;
}
function instanceFilter(raw) {
  const filter = {};
  if (raw.instance !== void 0) filter.name = raw.instance;
  if (raw.instanceProto !== void 0 && raw.instanceProto !== "") filter.protocol = raw.instanceProto;
  if (raw.instancePort !== void 0 && raw.instancePort !== "0") {
    filter.port = requirePort(raw.instancePort, "--instance-port", 1);
  }
  return Object.keys(filter).length > 0 ? filter : null;
}
function parseByteCount(text2, option) {
  const match = /^(\d{1,19})\s*([a-z]*)$/i.exec(text2.trim());
  const unit = match ? BYTE_UNITS[(match[2] ?? "").toLowerCase()] : void 0;
  const value = match?.[1] && unit !== void 0 ? BigInt(match[1]) * unit : null;
  if (value === null || value > MAX_INT642) {
    throw new UserError(
      `invalid ${option} ${showValue(text2)}: expected a byte count up to ${MAX_INT642}, optionally with K, M, G, T or P (powers of 1024)`
    );
  }
  return value;
}
async function resolveSessionFilter(db, backend, filter) {
  const instances = await loadInstances(db);
  const wanted = filter.instance;
  const instanceIds = wanted === null ? null : [...instances].filter(
    ([, instance]) => (wanted.name === void 0 || wanted.name === instance.name) && (wanted.protocol === void 0 || wanted.protocol === instance.protocol) && (wanted.port === void 0 || wanted.port === instance.port)
  ).map(([id]) => BigInt(id));
  const ipTerms = [];
  if (filter.srcIps.length > 0) {
    ipTerms.push(await Promise.all(filter.srcIps.map((network) => ipTerm(db, backend, "src_ip", network))));
  }
  if (filter.vpnIps.length > 0) {
    const vpnColumn = (network) => network.family === 4 ? "vpn_ip4" : "vpn_ip6";
    ipTerms.push(await Promise.all(filter.vpnIps.map((network) => ipTerm(db, backend, vpnColumn(network), network))));
  }
  return { filter, backend, instances, instanceIds, ipTerms };
}
async function loadInstances(db) {
  const rows = await db.selectFrom("instance").select(["id", "name", "protocol", "port"]).execute();
  return new Map(
    rows.map((row) => [
      toBigInt(row.id).toString(),
      { name: row.name, protocol: row.protocol, port: toNumber(row.port) }
    ])
  );
}
async function ipTerm(db, backend, column, network) {
  const condition = historyDialects[backend].networkContains(column, `${network.address}/${network.prefix}`);
  if (condition !== null) return { column, condition };
  if (isHost(network)) return { column, values: [network.address] };
  if (network.family === 4) return { column, patterns: ipv4Patterns(network) };
  const prefix = ipv6TextPrefix(network);
  let query = db.selectFrom("session").select(column).distinct().where(column, "is not", null);
  if (prefix !== "") query = query.where(column, "like", `${prefix}%`);
  const stored = await query.execute();
  const values = stored.map((row) => row[column]).filter((value) => value !== null);
  return { column, values: values.filter((value) => networkContains(network, value)) };
}
function sessionCondition(eb, resolved) {
  const { filter, backend } = resolved;
  const conditions = [];
  if (filter.cns.length > 0 || filter.cnPatterns.length > 0) {
    conditions.push(
      eb.or([
        ...filter.cns.length > 0 ? [eb("cn", "in", filter.cns)] : [],
        ...filter.cnPatterns.map((pattern2) => historyDialects[backend].cnLike(eb, pattern2))
      ])
    );
  }
  if (resolved.instanceIds !== null) {
    conditions.push(resolved.instanceIds.length > 0 ? eb("instance_id", "in", resolved.instanceIds) : never(eb));
  }
  for (const terms of resolved.ipTerms) {
    conditions.push(eb.or(terms.map((term) => ipCondition(eb, term))));
  }
  if (filter.active) conditions.push(eb("disconnect_time", "is", null));
  const window = timeWindow(eb, resolved);
  if (window !== null) conditions.push(window);
  if (filter.minBytes !== null) conditions.push(sql`${historyDialects[backend].totalBytes()} >= ${filter.minBytes}`);
  return eb.and(conditions);
}
function timeWindow(eb, resolved) {
  const { since, until, now } = resolved.filter;
  if (since === null && until === null) return null;
  const openCounts = since === null || since <= now;
  if (historyDialects[resolved.backend].boundedWindowAsIdSet && since !== null && until !== null) {
    const closed = eb.selectFrom("session").select("id").where("disconnect_time", ">=", since).where("connect_time", "<=", until);
    const open = eb.selectFrom("session").select("id").where("disconnect_time", "is", null).where("connect_time", "<=", until);
    return eb("id", "in", openCounts ? closed.unionAll(open) : closed);
  }
  const conditions = [];
  if (until !== null) conditions.push(eb("connect_time", "<=", until));
  if (since !== null) {
    const endsLater = eb("disconnect_time", ">=", since);
    conditions.push(openCounts ? eb.or([endsLater, eb("disconnect_time", "is", null)]) : endsLater);
  }
  return eb.and(conditions);
}
function never(eb) {
  return eb.or([]);
}
function ipCondition(eb, term) {
  if ("condition" in term) return term.condition;
  if ("patterns" in term) return eb.or(term.patterns.map((pattern2) => eb(term.column, "like", pattern2)));
  if (term.values.length === 0) return never(eb);
  return eb(term.column, "in", term.values.map((value) => sql.lit(value)));
}
var MAX_INT642, BYTE_UNITS;
var init_session_filter = __esm({
  "src/history/session-filter.ts"() {
    "use strict";
    init_esm2();
    init_history_sql();
    init_int8();
    init_errors();
    init_ip();
    init_time_spec();
    init_port();
    MAX_INT642 = 2n ** 63n - 1n;
    BYTE_UNITS = {
      "": 1n,
      k: 1024n,
      kib: 1024n,
      m: 1024n ** 2n,
      mib: 1024n ** 2n,
      g: 1024n ** 3n,
      gib: 1024n ** 3n,
      t: 1024n ** 4n,
      tib: 1024n ** 4n,
      p: 1024n ** 5n,
      pib: 1024n ** 5n
    };
  }
});

// src/history/session-query.ts
async function* listSessions(db, resolved, options) {
  const pageSize = options.pageSize ?? PAGE_SIZE;
  let remaining = options.limit ?? Number.POSITIVE_INFINITY;
  let last = null;
  while (remaining > 0) {
    const after = last;
    const size = Math.min(pageSize, remaining);
    const rows = await db.selectFrom("session").select([
      "id",
      "instance_id",
      "connect_time",
      "src_ip",
      "src_port",
      "cn",
      "vpn_ip4",
      "vpn_ip6",
      "disconnect_time",
      "duration",
      "bytes_in",
      "bytes_out",
      "end_reason"
    ]).where((eb) => sessionCondition(eb, resolved)).$if(
      after !== null,
      (query) => query.where(
        (eb) => eb.or([
          eb("connect_time", "<", after?.connectTime ?? 0),
          eb.and([eb("connect_time", "=", after?.connectTime ?? 0), eb("id", "<", after?.id ?? 0n)])
        ])
      )
    ).orderBy("connect_time", "desc").orderBy("id", "desc").limit(size).execute();
    const page = rows.map(
      (row) => ({
        id: toBigInt(row.id),
        instance: resolved.instances.get(toBigInt(row.instance_id).toString()) ?? null,
        connectTime: toNumber(row.connect_time),
        srcIp: row.src_ip,
        srcPort: toNumber(row.src_port),
        cn: row.cn,
        vpnIp4: row.vpn_ip4,
        vpnIp6: row.vpn_ip6,
        disconnectTime: toNullableNumber(row.disconnect_time),
        duration: toNullableNumber(row.duration),
        bytesIn: toNullableBigInt(row.bytes_in),
        bytesOut: toNullableBigInt(row.bytes_out),
        state: row.disconnect_time === null ? "active" : row.end_reason === "stale" ? "stale" : "closed"
      })
    );
    if (page.length > 0) yield page;
    const tail = page.at(-1);
    if (page.length < size || tail === void 0) return;
    last = { connectTime: tail.connectTime, id: tail.id };
    remaining -= page.length;
  }
}
var PAGE_SIZE;
var init_session_query = __esm({
  "src/history/session-query.ts"() {
    "use strict";
    init_int8();
    init_session_filter();
    PAGE_SIZE = 1e3;
  }
});

// src/cli/format/csv.ts
function csvRecord(fields) {
  return `${fields.map(csvField).join(",")}\r
`;
}
function csvField(value) {
  if (value === null) return "";
  return value === "" || /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
var init_csv = __esm({
  "src/cli/format/csv.ts"() {
    "use strict";
  }
});

// src/cli/format/json.ts
function jsonText(value) {
  if (typeof value === "bigint") return value.toString();
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (isArray(value)) return `[${value.map(jsonText).join(",")}]`;
  return `{${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}:${jsonText(item)}`).join(",")}}`;
}
function isArray(value) {
  return Array.isArray(value);
}
var init_json = __esm({
  "src/cli/format/json.ts"() {
    "use strict";
  }
});

// node_modules/ansi-regex/index.js
function ansiRegex({ onlyFirst = false } = {}) {
  return new RegExp(pattern, onlyFirst ? void 0 : "g");
}
var ST, stringControls, osc, controlString, linuxPalette, csi, escape, pattern;
var init_ansi_regex = __esm({
  "node_modules/ansi-regex/index.js"() {
    ST = String.raw`(?:\u001B\u005C|\u009C)`;
    stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`;
    osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`;
    controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`;
    linuxPalette = String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`;
    csi = String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`;
    escape = String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`;
    pattern = `${linuxPalette}|${osc}|${controlString}|${csi}|${escape}`;
  }
});

// node_modules/strip-ansi/index.js
function stripAnsi(string) {
  if (typeof string !== "string") {
    throw new TypeError(`Expected a \`string\`, got \`${typeof string}\``);
  }
  if (!string.includes("\x1B") && !string.includes("\x9B")) {
    return string;
  }
  return string.replace(regex, "");
}
var regex;
var init_strip_ansi = __esm({
  "node_modules/strip-ansi/index.js"() {
    init_ansi_regex();
    regex = ansiRegex();
  }
});

// node_modules/get-east-asian-width/lookup-data.js
var ambiguousMinimalCodePoint, ambiguousMaximumCodePoint, ambiguousRanges, fullwidthMinimalCodePoint, fullwidthMaximumCodePoint, fullwidthRanges, wideMinimalCodePoint, wideMaximumCodePoint, wideRanges;
var init_lookup_data = __esm({
  "node_modules/get-east-asian-width/lookup-data.js"() {
    ambiguousMinimalCodePoint = 161;
    ambiguousMaximumCodePoint = 1114109;
    ambiguousRanges = [161, 161, 164, 164, 167, 168, 170, 170, 173, 174, 176, 180, 182, 186, 188, 191, 198, 198, 208, 208, 215, 216, 222, 225, 230, 230, 232, 234, 236, 237, 240, 240, 242, 243, 247, 250, 252, 252, 254, 254, 257, 257, 273, 273, 275, 275, 283, 283, 294, 295, 299, 299, 305, 307, 312, 312, 319, 322, 324, 324, 328, 331, 333, 333, 338, 339, 358, 359, 363, 363, 462, 462, 464, 464, 466, 466, 468, 468, 470, 470, 472, 472, 474, 474, 476, 476, 593, 593, 609, 609, 708, 708, 711, 711, 713, 715, 717, 717, 720, 720, 728, 731, 733, 733, 735, 735, 768, 879, 913, 929, 931, 937, 945, 961, 963, 969, 1025, 1025, 1040, 1103, 1105, 1105, 8208, 8208, 8211, 8214, 8216, 8217, 8220, 8221, 8224, 8226, 8228, 8231, 8240, 8240, 8242, 8243, 8245, 8245, 8251, 8251, 8254, 8254, 8308, 8308, 8319, 8319, 8321, 8324, 8364, 8364, 8451, 8451, 8453, 8453, 8457, 8457, 8467, 8467, 8470, 8470, 8481, 8482, 8486, 8486, 8491, 8491, 8531, 8532, 8539, 8542, 8544, 8555, 8560, 8569, 8585, 8585, 8592, 8601, 8632, 8633, 8658, 8658, 8660, 8660, 8679, 8679, 8704, 8704, 8706, 8707, 8711, 8712, 8715, 8715, 8719, 8719, 8721, 8721, 8725, 8725, 8730, 8730, 8733, 8736, 8739, 8739, 8741, 8741, 8743, 8748, 8750, 8750, 8756, 8759, 8764, 8765, 8776, 8776, 8780, 8780, 8786, 8786, 8800, 8801, 8804, 8807, 8810, 8811, 8814, 8815, 8834, 8835, 8838, 8839, 8853, 8853, 8857, 8857, 8869, 8869, 8895, 8895, 8978, 8978, 9312, 9449, 9451, 9547, 9552, 9587, 9600, 9615, 9618, 9621, 9632, 9633, 9635, 9641, 9650, 9651, 9654, 9655, 9660, 9661, 9664, 9665, 9670, 9672, 9675, 9675, 9678, 9681, 9698, 9701, 9711, 9711, 9733, 9734, 9737, 9737, 9742, 9743, 9756, 9756, 9758, 9758, 9792, 9792, 9794, 9794, 9824, 9825, 9827, 9829, 9831, 9834, 9836, 9837, 9839, 9839, 9886, 9887, 9919, 9919, 9926, 9933, 9935, 9939, 9941, 9953, 9955, 9955, 9960, 9961, 9963, 9969, 9972, 9972, 9974, 9977, 9979, 9980, 9982, 9983, 10045, 10045, 10102, 10111, 11094, 11097, 12872, 12879, 57344, 63743, 65024, 65039, 65533, 65533, 127232, 127242, 127248, 127277, 127280, 127337, 127344, 127373, 127375, 127376, 127387, 127404, 917760, 917999, 983040, 1048573, 1048576, 1114109];
    fullwidthMinimalCodePoint = 12288;
    fullwidthMaximumCodePoint = 65510;
    fullwidthRanges = [12288, 12288, 65281, 65376, 65504, 65510];
    wideMinimalCodePoint = 4352;
    wideMaximumCodePoint = 262141;
    wideRanges = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];
  }
});

// node_modules/get-east-asian-width/utilities.js
var isInRange;
var init_utilities = __esm({
  "node_modules/get-east-asian-width/utilities.js"() {
    isInRange = (ranges, codePoint) => {
      let low = 0;
      let high = Math.floor(ranges.length / 2) - 1;
      while (low <= high) {
        const mid = Math.floor((low + high) / 2);
        const i = mid * 2;
        if (codePoint < ranges[i]) {
          high = mid - 1;
        } else if (codePoint > ranges[i + 1]) {
          low = mid + 1;
        } else {
          return true;
        }
      }
      return false;
    };
  }
});

// node_modules/get-east-asian-width/lookup.js
function findWideFastPathRange(ranges) {
  let fastPathStart = ranges[0];
  let fastPathEnd = ranges[1];
  for (let index = 0; index < ranges.length; index += 2) {
    const start = ranges[index];
    const end = ranges[index + 1];
    if (commonCjkCodePoint >= start && commonCjkCodePoint <= end) {
      return [start, end];
    }
    if (end - start > fastPathEnd - fastPathStart) {
      fastPathStart = start;
      fastPathEnd = end;
    }
  }
  return [fastPathStart, fastPathEnd];
}
var commonCjkCodePoint, wideFastPathStart, wideFastPathEnd, isAmbiguous, isFullwidth, isWide;
var init_lookup = __esm({
  "node_modules/get-east-asian-width/lookup.js"() {
    init_lookup_data();
    init_utilities();
    commonCjkCodePoint = 19968;
    [wideFastPathStart, wideFastPathEnd] = /* @__PURE__ */ findWideFastPathRange(wideRanges);
    isAmbiguous = (codePoint) => {
      if (codePoint < ambiguousMinimalCodePoint || codePoint > ambiguousMaximumCodePoint) {
        return false;
      }
      return isInRange(ambiguousRanges, codePoint);
    };
    isFullwidth = (codePoint) => {
      if (codePoint < fullwidthMinimalCodePoint || codePoint > fullwidthMaximumCodePoint) {
        return false;
      }
      return isInRange(fullwidthRanges, codePoint);
    };
    isWide = (codePoint) => {
      if (codePoint >= wideFastPathStart && codePoint <= wideFastPathEnd) {
        return true;
      }
      if (codePoint < wideMinimalCodePoint || codePoint > wideMaximumCodePoint) {
        return false;
      }
      return isInRange(wideRanges, codePoint);
    };
  }
});

// node_modules/get-east-asian-width/index.js
function validate(codePoint) {
  if (!Number.isSafeInteger(codePoint)) {
    throw new TypeError(`Expected a code point, got \`${typeof codePoint}\`.`);
  }
}
function eastAsianWidth(codePoint, { ambiguousAsWide = false } = {}) {
  validate(codePoint);
  if (isFullwidth(codePoint) || isWide(codePoint) || ambiguousAsWide && isAmbiguous(codePoint)) {
    return 2;
  }
  return 1;
}
var init_get_east_asian_width = __esm({
  "node_modules/get-east-asian-width/index.js"() {
    init_lookup();
  }
});

// node_modules/emoji-regex/index.js
var require_emoji_regex = __commonJS({
  "node_modules/emoji-regex/index.js"(exports2, module2) {
    module2.exports = () => {
      return /[#*0-9]\uFE0F?\u20E3|[\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23ED-\u23EF\u23F1\u23F2\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB\u25FC\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692\u2694-\u2697\u2699\u269B\u269C\u26A0\u26A7\u26AA\u26B0\u26B1\u26BD\u26BE\u26C4\u26C8\u26CF\u26D1\u26E9\u26F0-\u26F5\u26F7\u26F8\u26FA\u2702\u2708\u2709\u270F\u2712\u2714\u2716\u271D\u2721\u2733\u2734\u2744\u2747\u2757\u2763\u27A1\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B55\u3030\u303D\u3297\u3299]\uFE0F?|[\u261D\u270C\u270D](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\u270A\u270B](?:\uD83C[\uDFFB-\uDFFF])?|[\u23E9-\u23EC\u23F0\u23F3\u25FD\u2693\u26A1\u26AB\u26C5\u26CE\u26D4\u26EA\u26FD\u2705\u2728\u274C\u274E\u2753-\u2755\u2795-\u2797\u27B0\u27BF\u2B50]|\u26D3\uFE0F?(?:\u200D\uD83D\uDCA5)?|\u26F9(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\u2764\uFE0F?(?:\u200D(?:\uD83D\uDD25|\uD83E\uDE79))?|\uD83C(?:[\uDC04\uDD70\uDD71\uDD7E\uDD7F\uDE02\uDE37\uDF21\uDF24-\uDF2C\uDF36\uDF7D\uDF96\uDF97\uDF99-\uDF9B\uDF9E\uDF9F\uDFCD\uDFCE\uDFD4-\uDFDF\uDFF5\uDFF7]\uFE0F?|[\uDF85\uDFC2\uDFC7](?:\uD83C[\uDFFB-\uDFFF])?|[\uDFC4\uDFCA](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDFCB\uDFCC](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDCCF\uDD8E\uDD91-\uDD9A\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF43\uDF45-\uDF4A\uDF4C-\uDF7C\uDF7E-\uDF84\uDF86-\uDF93\uDFA0-\uDFC1\uDFC5\uDFC6\uDFC8\uDFC9\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF8-\uDFFF]|\uDDE6\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF]|\uDDE7\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF]|\uDDE8\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF7\uDDFA-\uDDFF]|\uDDE9\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF]|\uDDEA\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA]|\uDDEB\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7]|\uDDEC\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE]|\uDDED\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA]|\uDDEE\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9]|\uDDEF\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5]|\uDDF0\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF]|\uDDF1\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE]|\uDDF2\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF]|\uDDF3\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF]|\uDDF4\uD83C\uDDF2|\uDDF5\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE]|\uDDF6\uD83C\uDDE6|\uDDF7\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC]|\uDDF8\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF]|\uDDF9\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF]|\uDDFA\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF]|\uDDFB\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA]|\uDDFC\uD83C[\uDDEB\uDDF8]|\uDDFD\uD83C\uDDF0|\uDDFE\uD83C[\uDDEA\uDDF9]|\uDDFF\uD83C[\uDDE6\uDDF2\uDDFC]|\uDF44(?:\u200D\uD83D\uDFEB)?|\uDF4B(?:\u200D\uD83D\uDFE9)?|\uDFC3(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDFF3\uFE0F?(?:\u200D(?:\u26A7\uFE0F?|\uD83C\uDF08))?|\uDFF4(?:\u200D\u2620\uFE0F?|\uDB40\uDC67\uDB40\uDC62\uDB40(?:\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDC73\uDB40\uDC63\uDB40\uDC74|\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F)?)|\uD83D(?:[\uDC3F\uDCFD\uDD49\uDD4A\uDD6F\uDD70\uDD73\uDD76-\uDD79\uDD87\uDD8A-\uDD8D\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA\uDECB\uDECD-\uDECF\uDEE0-\uDEE5\uDEE9\uDEF0\uDEF3]\uFE0F?|[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDC8F\uDC91\uDCAA\uDD7A\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC](?:\uD83C[\uDFFB-\uDFFF])?|[\uDC6E-\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4\uDEB5](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD74\uDD90](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\uDC00-\uDC07\uDC09-\uDC14\uDC16-\uDC25\uDC27-\uDC3A\uDC3C-\uDC3E\uDC40\uDC44\uDC45\uDC51-\uDC65\uDC6A\uDC79-\uDC7B\uDC7D-\uDC80\uDC84\uDC88-\uDC8E\uDC90\uDC92-\uDCA9\uDCAB-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDDA4\uDDFB-\uDE2D\uDE2F-\uDE34\uDE37-\uDE41\uDE43\uDE44\uDE48-\uDE4A\uDE80-\uDEA2\uDEA4-\uDEB3\uDEB7-\uDEBF\uDEC1-\uDEC5\uDED0-\uDED2\uDED5-\uDED8\uDEDC-\uDEDF\uDEEB\uDEEC\uDEF4-\uDEFC\uDFE0-\uDFEB\uDFF0]|\uDC08(?:\u200D\u2B1B)?|\uDC15(?:\u200D\uD83E\uDDBA)?|\uDC26(?:\u200D(?:\u2B1B|\uD83D\uDD25))?|\uDC3B(?:\u200D\u2744\uFE0F?)?|\uDC41\uFE0F?(?:\u200D\uD83D\uDDE8\uFE0F?)?|\uDC68(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDC68\uDC69]\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?))?|\uDC69(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?[\uDC68\uDC69]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?|\uDC69\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?))|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFC-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFD-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFD\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFE]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])))?))?|\uDD75(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\uDE2E(?:\u200D\uD83D\uDCA8)?|\uDE35(?:\u200D\uD83D\uDCAB)?|\uDE36(?:\u200D\uD83C\uDF2B\uFE0F?)?|\uDE42(?:\u200D[\u2194\u2195]\uFE0F?)?|\uDEB6(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?)|\uD83E(?:[\uDD0C\uDD0F\uDD18-\uDD1F\uDD30-\uDD34\uDD36\uDD77\uDDB5\uDDB6\uDDBB\uDDD2\uDDD3\uDDD5\uDEC3-\uDEC5\uDEF0\uDEF2-\uDEF8](?:\uD83C[\uDFFB-\uDFFF])?|[\uDD26\uDD35\uDD37-\uDD39\uDD3C-\uDD3E\uDDB8\uDDB9\uDDCD\uDDCF\uDDD4\uDDD6-\uDDDD](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDDDE\uDDDF](?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD0D\uDD0E\uDD10-\uDD17\uDD20-\uDD25\uDD27-\uDD2F\uDD3A\uDD3F-\uDD45\uDD47-\uDD76\uDD78-\uDDB4\uDDB7\uDDBA\uDDBC-\uDDCC\uDDD0\uDDE0-\uDDFF\uDE70-\uDE7C\uDE80-\uDE8A\uDE8E-\uDEC2\uDEC6\uDEC8\uDECD-\uDEDC\uDEDF-\uDEEA\uDEEF]|\uDDCE(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDDD1(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1|\uDDD1\u200D\uD83E\uDDD2(?:\u200D\uD83E\uDDD2)?|\uDDD2(?:\u200D\uD83E\uDDD2)?))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])))?))?|\uDEF1(?:\uD83C(?:\uDFFB(?:\u200D\uD83E\uDEF2\uD83C[\uDFFC-\uDFFF])?|\uDFFC(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFD-\uDFFF])?|\uDFFD(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])?|\uDFFE(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFD\uDFFF])?|\uDFFF(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFE])?))?)/g;
    };
  }
});

// node_modules/string-width/index.js
function stringWidth(string, options = {}) {
  if (typeof string !== "string" || string.length === 0) {
    return 0;
  }
  const {
    ambiguousIsNarrow = true,
    countAnsiEscapeCodes = false
  } = options;
  if (!countAnsiEscapeCodes) {
    string = stripAnsi(string);
  }
  if (string.length === 0) {
    return 0;
  }
  let width2 = 0;
  const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
  for (const { segment: character } of segmenter.segment(string)) {
    const codePoint = character.codePointAt(0);
    if (codePoint <= 31 || codePoint >= 127 && codePoint <= 159) {
      continue;
    }
    if (codePoint >= 8203 && codePoint <= 8207 || codePoint === 65279) {
      continue;
    }
    if (codePoint >= 768 && codePoint <= 879 || codePoint >= 6832 && codePoint <= 6911 || codePoint >= 7616 && codePoint <= 7679 || codePoint >= 8400 && codePoint <= 8447 || codePoint >= 65056 && codePoint <= 65071) {
      continue;
    }
    if (codePoint >= 55296 && codePoint <= 57343) {
      continue;
    }
    if (codePoint >= 65024 && codePoint <= 65039) {
      continue;
    }
    if (defaultIgnorableCodePointRegex.test(character)) {
      continue;
    }
    if ((0, import_emoji_regex.default)().test(character)) {
      width2 += 2;
      continue;
    }
    width2 += eastAsianWidth(codePoint, eastAsianWidthOptions);
  }
  return width2;
}
var import_emoji_regex, segmenter, defaultIgnorableCodePointRegex;
var init_string_width = __esm({
  "node_modules/string-width/index.js"() {
    init_strip_ansi();
    init_get_east_asian_width();
    import_emoji_regex = __toESM(require_emoji_regex(), 1);
    segmenter = new Intl.Segmenter();
    defaultIgnorableCodePointRegex = new RegExp("^\\p{Default_Ignorable_Code_Point}$", "u");
  }
});

// src/cli/format/table.ts
function renderTable(columns, rows, options) {
  const cells = rows.map((row) => columns.map((column) => printable2(column.cell(row))));
  const widths = columns.map(
    (column, index) => Math.max(width(column.header), ...cells.map((line) => width(line[index] ?? "")))
  );
  const paint = (text2, style) => options.color && style !== void 0 ? `\x1B[${SGR[style]}m${text2}\x1B[0m` : text2;
  const layout = (values, styles) => values.map((value, index) => {
    const last = index === values.length - 1;
    const gap = " ".repeat((widths[index] ?? 0) - width(value));
    const text2 = columns[index]?.align === "right" ? gap + value : last ? value : value + gap;
    return paint(text2, styles[index]);
  }).join("  ").trimEnd();
  const header = layout(
    columns.map((column) => column.header),
    columns.map(() => "bold")
  );
  const body = rows.map(
    (row, line) => layout(
      cells[line] ?? [],
      columns.map((column) => column.style?.(row))
    )
  );
  return `${[header, ...body].join("\n")}
`;
}
function printable2(text2) {
  return text2.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function width(text2) {
  return stringWidth(text2);
}
var SGR;
var init_table = __esm({
  "src/cli/format/table.ts"() {
    "use strict";
    init_string_width();
    SGR = { bold: "1", green: "32", yellow: "33", dim: "2" };
  }
});

// src/cli/format/listing.ts
function listingWriter(format, listing, output, options) {
  switch (format) {
    case "json": {
      let first = true;
      return {
        async add(rows) {
          for (const row of rows) {
            await output.write(`${first ? "[\n" : ",\n"}${jsonText(listing.record(row))}`);
            first = false;
          }
        },
        end: () => output.write(first ? "[]\n" : "\n]\n")
      };
    }
    case "ndjson":
      return {
        add: (rows) => output.write(rows.map((row) => `${jsonText(listing.record(row))}
`).join("")),
        end: async () => {
        }
      };
    case "csv": {
      let headerDone = false;
      const header = () => {
        if (headerDone) return "";
        headerDone = true;
        return csvRecord(listing.csv.map((column) => column.name));
      };
      return {
        add: (rows) => output.write(header() + rows.map((row) => csvRecord(listing.csv.map((column) => column.value(row)))).join("")),
        end: () => output.write(header())
      };
    }
    case "table": {
      const buffered = [];
      return {
        add: async (rows) => {
          buffered.push(...rows);
        },
        end: () => output.write(renderTable(listing.table(buffered), buffered, options))
      };
    }
    default:
      return format;
  }
}
var init_listing = __esm({
  "src/cli/format/listing.ts"() {
    "use strict";
    init_csv();
    init_json();
    init_table();
  }
});

// src/cli/format/output.ts
function outputSettings(raw, stream, env) {
  const format = raw.format ?? "table";
  if (!isFormat(format)) {
    throw new UserError(`invalid --format ${showValue(format)}: expected one of ${formats.join(", ")}`);
  }
  const noColor = env["NO_COLOR"] !== void 0 && env["NO_COLOR"] !== "";
  return { format, zone: raw.local ? "local" : "utc", color: format === "table" && stream.isTTY === true && !noColor };
}
function isFormat(value) {
  return formats.includes(value);
}
var formats, Output;
var init_output = __esm({
  "src/cli/format/output.ts"() {
    "use strict";
    init_errors();
    formats = ["table", "json", "csv", "ndjson"];
    Output = class {
      constructor(stream) {
        this.stream = stream;
        stream.on("error", (error) => {
          this.#closed = true;
          if (error.code !== "EPIPE") this.#failure = error;
        });
      }
      #closed = false;
      #failure;
      /** True once nobody reads any more: the caller can stop querying. */
      get closed() {
        return this.#closed;
      }
      async write(text2) {
        if (this.#failure) throw this.#failure;
        if (this.#closed || text2 === "" || this.stream.write(text2)) return;
        await new Promise((resolve) => {
          const done = () => {
            this.stream.off("drain", done);
            this.stream.off("close", done);
            this.stream.off("error", done);
            resolve();
          };
          this.stream.on("drain", done);
          this.stream.on("close", done);
          this.stream.on("error", done);
        });
      }
    };
  }
});

// src/cli/format/human.ts
function humanBytes(bytes) {
  if (bytes === null) return "-";
  if (bytes < 1024n) return `${bytes} B`;
  let unit = 0;
  let scaled = Number(bytes) / 1024;
  while (unit < UNITS.length - 1 && Number(scaled.toFixed(1)) >= 1024) {
    scaled /= 1024;
    unit++;
  }
  return `${scaled.toFixed(1)} ${UNITS[unit]}`;
}
function humanDuration(seconds) {
  if (seconds === null) return "-";
  const days = Math.floor(seconds / 86400);
  const hours = Math.floor(seconds % 86400 / 3600);
  const minutes = Math.floor(seconds % 3600 / 60);
  const rest = seconds % 60;
  if (days > 0) return `${days}d${pad(hours)}h`;
  if (hours > 0) return `${hours}h${pad(minutes)}m`;
  if (minutes > 0) return `${minutes}m${pad(rest)}s`;
  return `${rest}s`;
}
function pad(value) {
  return String(value).padStart(2, "0");
}
var UNITS;
var init_human = __esm({
  "src/cli/format/human.ts"() {
    "use strict";
    UNITS = ["KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
  }
});

// src/cli/format/time.ts
function formatTime(seconds, zone) {
  const date = new Date(seconds * 1e3);
  if (zone === "utc") return `${date.toISOString().slice(0, 19)}Z`;
  const offset = -date.getTimezoneOffset();
  const sign = offset < 0 ? "-" : "+";
  const wall = `${pad2(date.getFullYear(), 4)}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}T${pad2(date.getHours())}:${pad2(date.getMinutes())}:${pad2(date.getSeconds())}`;
  return `${wall}${sign}${pad2(Math.floor(Math.abs(offset) / 60))}:${pad2(Math.abs(offset) % 60)}`;
}
function formatNullableTime(seconds, zone) {
  return seconds === null ? null : formatTime(seconds, zone);
}
function pad2(value, width2 = 2) {
  return String(value).padStart(width2, "0");
}
var init_time = __esm({
  "src/cli/format/time.ts"() {
    "use strict";
  }
});

// src/cli/format/session-listing.ts
function sessionListing(zone) {
  return {
    record: (s) => ({
      id: s.id,
      instance: s.instance === null ? null : { name: s.instance.name, proto: s.instance.protocol, port: s.instance.port },
      cn: s.cn,
      src_ip: s.srcIp,
      src_port: s.srcPort,
      vpn_ip4: s.vpnIp4,
      vpn_ip6: s.vpnIp6,
      connect_time: formatTime(s.connectTime, zone),
      disconnect_time: formatNullableTime(s.disconnectTime, zone),
      duration: s.duration,
      bytes_in: s.bytesIn,
      bytes_out: s.bytesOut,
      state: s.state
    }),
    csv: [
      { name: "id", value: (s) => String(s.id) },
      { name: "instance_name", value: (s) => s.instance?.name ?? null },
      { name: "instance_proto", value: (s) => s.instance?.protocol ?? null },
      { name: "instance_port", value: (s) => text(s.instance?.port ?? null) },
      { name: "cn", value: (s) => s.cn },
      { name: "src_ip", value: (s) => s.srcIp },
      { name: "src_port", value: (s) => String(s.srcPort) },
      { name: "vpn_ip4", value: (s) => s.vpnIp4 },
      { name: "vpn_ip6", value: (s) => s.vpnIp6 },
      { name: "connect_time", value: (s) => formatTime(s.connectTime, zone) },
      { name: "disconnect_time", value: (s) => formatNullableTime(s.disconnectTime, zone) },
      { name: "duration", value: (s) => text(s.duration) },
      { name: "bytes_in", value: (s) => text(s.bytesIn) },
      { name: "bytes_out", value: (s) => text(s.bytesOut) },
      { name: "state", value: (s) => s.state }
    ],
    table: (rows) => [
      { header: "ID", align: "right", cell: (s) => String(s.id) },
      { header: "CONNECTED", align: "left", cell: (s) => formatTime(s.connectTime, zone) },
      { header: "DISCONNECTED", align: "left", cell: (s) => formatNullableTime(s.disconnectTime, zone) ?? "-" },
      { header: "DURATION", align: "right", cell: (s) => humanDuration(s.duration) },
      { header: "CN", align: "left", cell: (s) => s.cn },
      { header: "SOURCE", align: "left", cell: (s) => s.srcIp.includes(":") ? `[${s.srcIp}]:${s.srcPort}` : `${s.srcIp}:${s.srcPort}` },
      { header: "VPN IP", align: "left", cell: (s) => [s.vpnIp4, s.vpnIp6].filter((ip) => ip !== null).join(" ") || "-" },
      { header: "IN", align: "right", cell: (s) => humanBytes(s.bytesIn) },
      { header: "OUT", align: "right", cell: (s) => humanBytes(s.bytesOut) },
      {
        header: "STATE",
        align: "left",
        cell: (s) => s.state,
        style: (s) => s.state === "active" ? "green" : s.state === "stale" ? "yellow" : void 0
      },
      // Most servers log under the hook's default instance: the column only appears when it tells something.
      ...rows.some((s) => s.instance === null || !isDefaultInstance(s.instance)) ? [{ header: "INSTANCE", align: "left", cell: (s) => describeInstance2(s.instance) }] : []
    ]
  };
}
function isDefaultInstance(instance) {
  return instance.name === "" && instance.protocol === "" && instance.port === 0;
}
function describeInstance2(instance) {
  if (instance === null) return "?";
  return isDefaultInstance(instance) ? "(default)" : `${instance.name}/${instance.protocol}/${instance.port}`;
}
var text;
var init_session_listing = __esm({
  "src/cli/format/session-listing.ts"() {
    "use strict";
    init_human();
    init_time();
    text = (value) => value === null ? null : String(value);
  }
});

// src/cli/sessions-command.ts
var sessions_command_exports = {};
__export(sessions_command_exports, {
  runSessionsCommand: () => runSessionsCommand
});
async function runSessionsCommand(options) {
  const policy = exitPolicy(options);
  try {
    applyEnvOptions(options.env);
    const settings = outputSettings(options, process.stdout, process.env);
    const filter = parseSessionFilter(options, { now: Math.floor(Date.now() / 1e3), zone: settings.zone });
    const limit = parseLimit(options.limit);
    const connection = resolveConnection(databaseFlags(options), process.env, (message) => warn(policy, message));
    const output = new Output(process.stdout);
    await usingDatabase(connection, async (handle) => {
      const resolved = await resolveSessionFilter(handle.db, handle.backend, filter);
      const writer = listingWriter(settings.format, sessionListing(settings.zone), output, settings);
      for await (const page of listSessions(handle.db, resolved, { limit })) {
        await writer.add(page);
        if (output.closed) return;
      }
      await writer.end();
    });
  } catch (error) {
    reportFailure(policy, error);
  }
}
function parseLimit(text2) {
  if (text2 === void 0) return DEFAULT_LIMIT;
  if (!/^\d{1,15}$/.test(text2)) {
    throw new UserError(`invalid --limit ${showValue(text2)}: expected a number of sessions, 0 for all`);
  }
  const limit = Number(text2);
  return limit === 0 ? null : limit;
}
var DEFAULT_LIMIT;
var init_sessions_command = __esm({
  "src/cli/sessions-command.ts"() {
    "use strict";
    init_errors();
    init_session_filter();
    init_session_query();
    init_connection_options();
    init_open_database();
    init_exit_policy();
    init_listing();
    init_output();
    init_session_listing();
    init_options();
    DEFAULT_LIMIT = 100;
  }
});

// src/history/byte-halves.ts
function highHalf(column) {
  return sql`${sql.ref(column)} >> 32`;
}
function lowHalf(column) {
  return sql`${sql.ref(column)} & ${sql.lit(Number(LOW_HALF))}`;
}
function joinHalves(high, low) {
  return (toBigInt(high ?? 0) << 32n) + toBigInt(low ?? 0);
}
function splitHalves(total) {
  return { high: total >> 32n, low: total & LOW_HALF };
}
var LOW_HALF;
var init_byte_halves = __esm({
  "src/history/byte-halves.ts"() {
    "use strict";
    init_esm2();
    init_int8();
    LOW_HALF = 0xffffffffn;
  }
});

// src/history/periods.ts
function calendar(zone) {
  return {
    date(seconds) {
      const date = new Date(seconds * 1e3);
      return zone === "utc" ? { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), weekday: date.getUTCDay() } : { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate(), weekday: date.getDay() };
    },
    /** Midnight of a date; day and month may overflow (day 32, month 13) as with Date. */
    midnight(year, month, day) {
      return zone === "utc" ? utcSeconds(year, month, day) : localSeconds(year, month, day);
    }
  };
}
function periodsCovering(kind, from, to, zone) {
  const cal = calendar(zone);
  const periods = [];
  if (to < from) return periods;
  let start = periodStart(kind, from, zone);
  while (start <= to) {
    const { year, month, day } = cal.date(start);
    const end = kind === "day" ? cal.midnight(year, month, day + 1) : kind === "week" ? cal.midnight(year, month, day + 7) : cal.midnight(year, month + 1, 1);
    periods.push({ label: periodLabel(kind, year, month, day), start, end });
    start = end;
  }
  return periods;
}
function periodStart(kind, seconds, zone) {
  const cal = calendar(zone);
  const { year, month, day, weekday } = cal.date(seconds);
  switch (kind) {
    case "day":
      return cal.midnight(year, month, day);
    case "week":
      return cal.midnight(year, month, day - (weekday + 6) % 7);
    case "month":
      return cal.midnight(year, month, 1);
    default:
      return kind;
  }
}
function periodLabel(kind, year, month, day) {
  switch (kind) {
    case "day":
      return `${pad3(year, 4)}-${pad3(month)}-${pad3(day)}`;
    case "month":
      return `${pad3(year, 4)}-${pad3(month)}`;
    case "week": {
      const thursday = new Date(utcSeconds(year, month, day + 3) * 1e3);
      const weekYear = thursday.getUTCFullYear();
      const dayOfYear = Math.round((thursday.getTime() / 1e3 - utcSeconds(weekYear, 1, 1)) / 86400);
      return `${pad3(weekYear, 4)}-W${pad3(Math.floor(dayOfYear / 7) + 1)}`;
    }
    default:
      return kind;
  }
}
function pad3(value, width2 = 2) {
  return String(value).padStart(width2, "0");
}
function periodStartingAt(kind, start, zone) {
  const period = periodsCovering(kind, start, start, zone)[0];
  if (period === void 0 || period.start !== start) throw new Error(`no ${kind} starts at ${start}`);
  return period;
}
var periodKinds;
var init_periods = __esm({
  "src/history/periods.ts"() {
    "use strict";
    init_wall_time();
    periodKinds = ["day", "week", "month"];
  }
});

// src/history/stats-rollup.ts
async function loadRollupState(db) {
  const row = await db.selectFrom("stats_rollup_state").selectAll().where("id", "=", 1).executeTakeFirst();
  if (row === void 0) return void 0;
  return {
    horizon: toNullableNumber(row.horizon),
    staleFrom: toNullableNumber(row.stale_from),
    staleMarks: toBigInt(row.stale_marks)
  };
}
async function loadRollupPeriods(db, kind, before) {
  const rows = await db.selectFrom("stats_rollup").selectAll().where("kind", "=", kind).where("period_start", "<", before).orderBy("period_start").execute();
  return rows.map((row) => ({
    start: toNumber(row.period_start),
    end: toNumber(row.period_end),
    sessions: toNumber(row.sessions),
    users: toNumber(row.users),
    active: 0,
    duration: toNumber(row.duration),
    bytesIn: joinHalves(row.bytes_in_high, row.bytes_in_low),
    bytesOut: joinHalves(row.bytes_out_high, row.bytes_out_low),
    peak: toNumber(row.peak)
  }));
}
async function loadSessionCounters(db, which) {
  let query = db.selectFrom("session").select(["id", "connect_time", "disconnect_time", "duration", "bytes_in", "bytes_out"]);
  if (which.openAtRefresh) query = query.where("id", "in", (eb) => eb.selectFrom("stats_rollup_open").select("session_id"));
  else query = query.where("disconnect_time", "is", null);
  if (which.closedNow) query = query.where("disconnect_time", "is not", null);
  if (which.before !== void 0) query = query.where("connect_time", "<", which.before);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: toBigInt(row.id),
    connectTime: toNumber(row.connect_time),
    open: row.disconnect_time === null,
    duration: row.duration === null ? 0 : toNumber(row.duration),
    bytesIn: row.bytes_in === null ? 0n : toBigInt(row.bytes_in),
    bytesOut: row.bytes_out === null ? 0n : toBigInt(row.bytes_out)
  }));
}
var init_stats_rollup2 = __esm({
  "src/history/stats-rollup.ts"() {
    "use strict";
    init_int8();
    init_byte_halves();
  }
});

// src/history/stats-query.ts
async function sessionStats(db, resolved, grouping, zone, options = {}) {
  return db.transaction().setIsolationLevel("repeatable read").setAccessMode("read only").execute(async (trx) => {
    await prepareForScans(trx, resolved.backend);
    if (isPeriod(grouping) && zone === "utc" && isUnfiltered(resolved.filter) && options.rollups !== false) {
      const rows2 = await statsFromRollup(trx, resolved, grouping);
      if (rows2 !== null) return rows2.filter((row) => row.sessions > 0);
    }
    const rows = await statsIn(trx, resolved, grouping, zone, null);
    return rows.filter((row) => row.sessions > 0);
  });
}
function isUnfiltered(filter) {
  return filter.cns.length === 0 && filter.cnPatterns.length === 0 && filter.srcIps.length === 0 && filter.vpnIps.length === 0 && !filter.active && filter.since === null && filter.until === null && filter.instance === null && filter.minBytes === null;
}
async function statsFromRollup(db, resolved, kind) {
  const state = await loadRollupState(db);
  if (state?.horizon == null) return null;
  const from = state.staleFrom !== null && state.staleFrom < state.horizon ? periodStart(kind, state.staleFrom, "utc") : state.horizon;
  const rows = /* @__PURE__ */ new Map();
  for (const stored of await loadRollupPeriods(db, kind, from)) {
    const { start, end, ...totals } = stored;
    rows.set(start, { ...totals, grouping: kind, period: periodStartingAt(kind, start, "utc") });
  }
  for (const session of await loadSessionCounters(db, { openAtRefresh: true, before: from })) {
    const row = rows.get(periodStart(kind, session.connectTime, "utc"));
    if (row === void 0) return null;
    row.duration += session.duration;
    row.bytesIn += session.bytesIn;
    row.bytesOut += session.bytesOut;
    if (session.open) row.active++;
  }
  for (const live of await statsIn(db, resolved, kind, "utc", { from, to: null })) {
    if (live.grouping !== kind) continue;
    const stored = rows.get(live.period.start);
    if (stored === void 0) {
      rows.set(live.period.start, live);
      continue;
    }
    const newUsers = live.sessions === 0 ? 0 : await usersFirstSeenFrom(db, live.period, from);
    rows.set(live.period.start, {
      ...stored,
      sessions: stored.sessions + live.sessions,
      users: stored.users + newUsers,
      active: stored.active + live.active,
      duration: stored.duration + live.duration,
      bytesIn: stored.bytesIn + live.bytesIn,
      bytesOut: stored.bytesOut + live.bytesOut,
      peak: Math.max(stored.peak, live.peak)
    });
  }
  return [...rows.values()].sort((a, b) => a.period.start - b.period.start);
}
async function usersFirstSeenFrom(db, period, from) {
  const row = await db.selectFrom("session as l").select((eb) => eb.fn.count("l.cn").distinct().as("users")).where("l.connect_time", ">=", from).where("l.connect_time", "<", period.end).where(
    ({ not, exists, selectFrom }) => not(
      exists(
        selectFrom("session as r").select(sql`1`.as("one")).whereRef("r.cn", "=", "l.cn").where("r.connect_time", ">=", period.start).where("r.connect_time", "<", from)
      )
    )
  ).executeTakeFirstOrThrow();
  return toNumber(row.users);
}
async function prepareForScans(db, backend) {
  await historyDialects[backend].prepareForScans(db);
}
async function statsIn(db, resolved, grouping, zone, window) {
  const periods = isPeriod(grouping) ? await periodsOfHistory(db, grouping, zone, resolved.filter.until, window) : [];
  if (isPeriod(grouping) && periods.length === 0) return [];
  const connectKey = grouping === "cn" ? groupingColumn(resolved, "cn") : grouping === "instance" ? groupingColumn(resolved, "instance_id") : bucketIndex("connect_time", boundaries(periods));
  let matches = db.selectFrom("session").where((eb) => sessionCondition(eb, resolved)).select([
    sql`${connectKey}`.as("g"),
    "cn",
    "disconnect_time",
    "duration",
    "bytes_in",
    "bytes_out"
  ]);
  if (window?.from != null) matches = matches.where("connect_time", ">=", window.from);
  if (window?.to != null) matches = matches.where("connect_time", "<", window.to);
  const totals = await db.selectFrom(matches.as("s")).select((eb) => [
    "g",
    eb.fn.countAll().as("sessions"),
    // Per cn it is 1: the DISTINCT would only cost a sort.
    grouping === "cn" ? sql`1`.as("users") : eb.fn.count("cn").distinct().as("users"),
    eb.fn.sum(sql`case when disconnect_time is null then 1 else 0 end`).as("active"),
    eb.fn.sum(sql`coalesce(duration, 0)`).as("duration"),
    eb.fn.sum(highHalf("bytes_in")).as("in_high"),
    eb.fn.sum(lowHalf("bytes_in")).as("in_low"),
    eb.fn.sum(highHalf("bytes_out")).as("out_high"),
    eb.fn.sum(lowHalf("bytes_out")).as("out_low")
  ]).groupBy("g").execute();
  const peaks = await peakQuery(db, resolved, grouping, periods, window);
  const counted = new Map(
    totals.map((row) => [
      String(row.g),
      {
        sessions: toNumber(row.sessions),
        users: toNumber(row.users),
        active: toNumber(row.active ?? 0),
        duration: toNumber(row.duration ?? 0),
        bytesIn: joinHalves(row.in_high, row.in_low),
        bytesOut: joinHalves(row.out_high, row.out_low),
        peak: peaks.get(String(row.g)) ?? 0
      }
    ])
  );
  if (isPeriod(grouping)) {
    return periods.map((period, index) => ({
      ...counted.get(String(index)) ?? { ...emptyTotals(), peak: peaks.get(String(index)) ?? 0 },
      grouping,
      period
    }));
  }
  const rows = [...counted].map(([key, counts]) => {
    if (grouping === "cn") return { ...counts, grouping, cn: key };
    return { ...counts, grouping, instanceId: BigInt(key), instance: resolved.instances.get(key) ?? null };
  });
  return rows.sort(compareRows);
}
function emptyTotals() {
  return { sessions: 0, users: 0, active: 0, duration: 0, bytesIn: 0n, bytesOut: 0n, peak: 0 };
}
function groupingColumn(resolved, column) {
  return historyDialects[resolved.backend].groupingColumn(column);
}
function isPeriod(grouping) {
  return periodKinds.includes(grouping);
}
async function periodsOfHistory(db, kind, zone, until, window) {
  const first = await db.selectFrom("session").select((eb) => eb.fn.min("connect_time").as("time")).executeTakeFirst();
  const last = await db.selectFrom("session").select((eb) => eb.fn.max("connect_time").as("time")).executeTakeFirst();
  if (first?.time === null || first?.time === void 0 || last?.time === null || last?.time === void 0) return [];
  if (window === null) {
    const end2 = Math.min(toNumber(last.time), until ?? Number.POSITIVE_INFINITY);
    return periodsCovering(kind, toNumber(first.time), end2, zone);
  }
  const start = window.from ?? toNumber(first.time);
  const end = window.to === null ? Math.max(start, toNumber(last.time)) : window.to - 1;
  return periodsCovering(kind, start, end, zone);
}
function boundaries(periods) {
  return [...periods.map((period) => period.start), periods.at(-1)?.end ?? 0];
}
function bucketIndex(column, bounds) {
  const ref = sql.ref(column);
  const search = (low, high) => {
    if (low === high) return sql`${sql.lit(low - 1)}`;
    const middle = low + high >> 1;
    return sql`case when ${ref} < ${sql.lit(bounds[middle] ?? 0)} then ${search(low, middle)} else ${search(middle + 1, high)} end`;
  };
  return search(0, bounds.length);
}
async function peakQuery(db, resolved, grouping, periods, window) {
  const partition = grouping === "cn" ? groupingColumn(resolved, "cn") : grouping === "instance" ? groupingColumn(resolved, "instance_id") : sql.lit(0);
  const group = isPeriod(grouping) ? bucketIndex("t", boundaries(periods)) : sql.ref("p");
  const rows = await db.with("matches", (db2) => {
    let matches = db2.selectFrom("session").where((eb) => sessionCondition(eb, resolved)).select([sql`${partition}`.as("p"), "connect_time", "disconnect_time"]);
    const from = window?.from;
    if (from != null) matches = matches.where((eb) => eb.or([eb("disconnect_time", ">=", from), eb("disconnect_time", "is", null)]));
    if (window?.to != null) matches = matches.where("connect_time", "<", window.to);
    return matches;
  }).with(
    "events",
    (db2) => db2.selectFrom("matches").select(["p", sql`connect_time`.as("t"), sql`1`.as("delta")]).unionAll(() => {
      let disconnects = db2.selectFrom("matches").where("disconnect_time", "is not", null);
      if (window?.to != null) disconnects = disconnects.where("disconnect_time", "<", window.to);
      return disconnects.select(["p", sql`disconnect_time`.as("t"), sql`-1`.as("delta")]);
    })
  ).with(
    "running",
    (db2) => db2.selectFrom("events").select((eb) => [
      "p",
      "t",
      "delta",
      eb.fn.sum("delta").over((over) => over.partitionBy("p").orderBy("t").orderBy("delta", "desc")).as("n")
    ])
  ).with(
    "grouped",
    (db2) => db2.selectFrom("running").select([sql`${group}`.as("g"), "n", "delta"])
  ).selectFrom("grouped").select((eb) => ["g", eb.fn.max("n").as("peak"), eb.fn.sum("delta").as("net")]).groupBy("g").execute();
  const peaks = new Map(rows.map((row) => [String(row.g), toNumber(row.peak ?? 0)]));
  if (!isPeriod(grouping)) return peaks;
  const nets = new Map(rows.map((row) => [String(row.g), toNumber(row.net ?? 0)]));
  let connected = nets.get("-1") ?? 0;
  for (let index = 0; index < periods.length; index++) {
    const key = String(index);
    peaks.set(key, Math.max(peaks.get(key) ?? 0, connected));
    connected += nets.get(key) ?? 0;
  }
  return peaks;
}
function compareRows(a, b) {
  if (a.grouping === "cn" && b.grouping === "cn") return compareCodePoints(a.cn, b.cn);
  if (a.grouping === "instance" && b.grouping === "instance") {
    const x = a.instance;
    const y = b.instance;
    if (x === null || y === null) return x === y ? Number(a.instanceId - b.instanceId) : x === null ? 1 : -1;
    return compareCodePoints(x.name, y.name) || compareCodePoints(x.protocol, y.protocol) || x.port - y.port;
  }
  if ("period" in a && "period" in b) return a.period.start - b.period.start;
  return 0;
}
function compareCodePoints(a, b) {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}
var statsGroupings;
var init_stats_query = __esm({
  "src/history/stats-query.ts"() {
    "use strict";
    init_esm2();
    init_history_sql();
    init_byte_halves();
    init_int8();
    init_periods();
    init_session_filter();
    init_stats_rollup2();
    statsGroupings = ["cn", "day", "week", "month", "instance"];
  }
});

// src/cli/format/stats-listing.ts
function statsListing(grouping, zone) {
  const key = keyFields(grouping, zone);
  const withUsers = grouping !== "cn";
  const totals = (row) => ({
    sessions: row.sessions,
    ...withUsers ? { users: row.users } : {},
    active: row.active,
    duration: row.duration,
    bytes_in: row.bytesIn,
    bytes_out: row.bytesOut,
    peak: row.peak
  });
  const totalColumns = [
    { name: "sessions", value: (row) => String(row.sessions) },
    ...withUsers ? [{ name: "users", value: (row) => String(row.users) }] : [],
    { name: "active", value: (row) => String(row.active) },
    { name: "duration", value: (row) => String(row.duration) },
    { name: "bytes_in", value: (row) => String(row.bytesIn) },
    { name: "bytes_out", value: (row) => String(row.bytesOut) },
    { name: "peak", value: (row) => String(row.peak) }
  ];
  const totalTable = [
    { header: "SESSIONS", align: "right", cell: (row) => String(row.sessions) },
    ...withUsers ? [{ header: "USERS", align: "right", cell: (row) => String(row.users) }] : [],
    { header: "ACTIVE", align: "right", cell: (row) => String(row.active) },
    { header: "TIME", align: "right", cell: (row) => humanDuration(row.duration) },
    { header: "IN", align: "right", cell: (row) => humanBytes(row.bytesIn) },
    { header: "OUT", align: "right", cell: (row) => humanBytes(row.bytesOut) },
    { header: "PEAK", align: "right", cell: (row) => String(row.peak) }
  ];
  return {
    record: (row) => ({ ...key.record(row), ...totals(row) }),
    csv: [...key.csv, ...totalColumns],
    table: () => [...key.table, ...totalTable]
  };
}
function keyFields(grouping, zone) {
  switch (grouping) {
    case "cn": {
      const cn = (row) => row.grouping === "cn" ? row.cn : "";
      return {
        record: (row) => ({ cn: cn(row) }),
        csv: [{ name: "cn", value: cn }],
        table: [{ header: "CN", align: "left", cell: cn }]
      };
    }
    case "instance": {
      const instance = (row) => row.grouping === "instance" ? row.instance : null;
      return {
        record: (row) => {
          const value = instance(row);
          return { instance: value === null ? null : { name: value.name, proto: value.protocol, port: value.port } };
        },
        csv: [
          { name: "instance_name", value: (row) => instance(row)?.name ?? null },
          { name: "instance_proto", value: (row) => instance(row)?.protocol ?? null },
          { name: "instance_port", value: (row) => instance(row) === null ? null : String(instance(row)?.port) }
        ],
        table: [{ header: "INSTANCE", align: "left", cell: (row) => describeInstance2(instance(row)) }]
      };
    }
    case "day":
    case "week":
    case "month": {
      const period = (row) => "period" in row ? row.period : { label: "", start: 0, end: 0 };
      return {
        record: (row) => ({
          period: period(row).label,
          start: formatTime(period(row).start, zone),
          end: formatTime(period(row).end, zone)
        }),
        csv: [
          { name: "period", value: (row) => period(row).label },
          { name: "start", value: (row) => formatTime(period(row).start, zone) },
          { name: "end", value: (row) => formatTime(period(row).end, zone) }
        ],
        table: [{ header: grouping.toUpperCase(), align: "left", cell: (row) => period(row).label }]
      };
    }
    default:
      return grouping;
  }
}
var init_stats_listing = __esm({
  "src/cli/format/stats-listing.ts"() {
    "use strict";
    init_human();
    init_session_listing();
    init_time();
  }
});

// src/cli/stats-command.ts
var stats_command_exports = {};
__export(stats_command_exports, {
  runStatsCommand: () => runStatsCommand
});
async function runStatsCommand(options) {
  const policy = exitPolicy(options);
  try {
    applyEnvOptions(options.env);
    const settings = outputSettings(options, process.stdout, process.env);
    const grouping = parseGrouping(options.by);
    const filter = parseSessionFilter(options, { now: Math.floor(Date.now() / 1e3), zone: settings.zone });
    const connection = resolveConnection(databaseFlags(options), process.env, (message) => warn(policy, message));
    const output = new Output(process.stdout);
    await usingDatabase(connection, async (handle) => {
      const resolved = await resolveSessionFilter(handle.db, handle.backend, filter);
      const rows = await sessionStats(handle.db, resolved, grouping, settings.zone);
      const writer = listingWriter(settings.format, statsListing(grouping, settings.zone), output, settings);
      await writer.add(rows);
      await writer.end();
    });
  } catch (error) {
    reportFailure(policy, error);
  }
}
function parseGrouping(text2) {
  const grouping = text2 ?? "cn";
  if (!statsGroupings.includes(grouping)) {
    throw new UserError(`invalid --by ${showValue(grouping)}: expected one of ${statsGroupings.join(", ")}`);
  }
  return grouping;
}
var init_stats_command = __esm({
  "src/cli/stats-command.ts"() {
    "use strict";
    init_errors();
    init_session_filter();
    init_stats_query();
    init_connection_options();
    init_open_database();
    init_exit_policy();
    init_listing();
    init_output();
    init_stats_listing();
    init_options();
  }
});

// src/history/refresh-rollup.ts
async function refreshStatsRollup(handle, options) {
  const horizon = options.now - ROLLUP_MARGIN_SECONDS;
  const computed = await handle.db.transaction().setIsolationLevel("repeatable read").setAccessMode("read only").execute(async (trx) => {
    await prepareForScans(trx, handle.backend);
    const state = await loadRollupState(trx);
    if (state === void 0) {
      throw new UserError(
        "table stats_rollup_state has lost its row (id 1): put it back with `INSERT INTO stats_rollup_state (id, stale_marks) VALUES (1, 0)`"
      );
    }
    const previous = options.rebuild || state.horizon === null ? null : { horizon: state.horizon, staleFrom: state.staleFrom };
    const everything = parseSessionFilter({}, { now: options.now, zone: "utc" });
    const resolved = await resolveSessionFilter(trx, handle.backend, everything);
    const openNow = await loadSessionCounters(trx, { openAtRefresh: false, before: horizon });
    const closedSince = previous === null ? [] : await loadSessionCounters(trx, { openAtRefresh: true, closedNow: true });
    const periods = {};
    const counts = {};
    for (const kind of periodKinds) {
      const from = previous === null ? null : periodStart(kind, Math.min(previous.horizon, previous.staleFrom ?? Number.POSITIVE_INFINITY, horizon), "utc");
      const kept = from === null ? [] : await loadRollupPeriods(trx, kind, from);
      addCounters(kind, kept, closedSince.filter((s) => from !== null && s.connectTime < from), 1n);
      const fresh = await computePeriods(trx, resolved, kind, from, horizon);
      addCounters(kind, fresh, openNow.filter((s) => from === null || s.connectTime >= from), -1n);
      periods[kind] = [...kept, ...fresh];
      counts[kind] = fresh.length;
    }
    return { state, periods, counts, openNow };
  });
  await handle.db.transaction().execute(async (trx) => {
    await trx.updateTable("stats_rollup_state").set({ stale_marks: (eb) => eb.ref("stale_marks") }).where("id", "=", 1).execute();
    const current = await loadRollupState(trx);
    if (current === void 0 || current.horizon !== computed.state.horizon) {
      throw new UserError("another refresh-stats stored its rollup meanwhile; nothing stored, run it again");
    }
    const marked = current.staleMarks !== computed.state.staleMarks;
    await trx.deleteFrom("stats_rollup").execute();
    for (const kind of periodKinds) await storePeriods(trx, kind, computed.periods[kind]);
    await trx.deleteFrom("stats_rollup_open").execute();
    const ids = computed.openNow.map((s) => ({ session_id: s.id }));
    for (let start = 0; start < ids.length; start += IDS_PER_INSERT) {
      await trx.insertInto("stats_rollup_open").values(ids.slice(start, start + IDS_PER_INSERT)).execute();
    }
    await trx.updateTable("stats_rollup_state").set({ horizon, stale_from: marked ? current.staleFrom : null }).where("id", "=", 1).execute();
  });
  return {
    horizon,
    computed: computed.counts,
    stored: { day: computed.periods.day.length, week: computed.periods.week.length, month: computed.periods.month.length },
    openSessions: computed.openNow.length
  };
}
async function computePeriods(db, resolved, kind, from, horizon) {
  const rows = await statsIn(db, resolved, kind, "utc", { from, to: horizon });
  return rows.flatMap(
    (row) => "period" in row && (row.sessions > 0 || row.peak > 0) ? [{ ...row, start: row.period.start, end: row.period.end }] : []
  );
}
function addCounters(kind, periods, sessions, sign) {
  const byStart = new Map(periods.map((period) => [period.start, period]));
  for (const session of sessions) {
    const period = byStart.get(periodStart(kind, session.connectTime, "utc"));
    if (period === void 0) throw new Error(`stats rollup: no ${kind} holds the session connected at ${session.connectTime}`);
    period.duration += Number(sign) * session.duration;
    period.bytesIn += sign * session.bytesIn;
    period.bytesOut += sign * session.bytesOut;
  }
}
async function storePeriods(db, kind, periods) {
  const rows = periods.map((period) => {
    const bytesIn = splitHalves(period.bytesIn);
    const bytesOut = splitHalves(period.bytesOut);
    return {
      kind,
      period_start: period.start,
      period_end: period.end,
      sessions: period.sessions,
      users: period.users,
      duration: period.duration,
      bytes_in_high: bytesIn.high,
      bytes_in_low: bytesIn.low,
      bytes_out_high: bytesOut.high,
      bytes_out_low: bytesOut.low,
      peak: period.peak
    };
  });
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    await db.insertInto("stats_rollup").values(rows.slice(start, start + ROWS_PER_INSERT)).execute();
  }
}
var ROWS_PER_INSERT, IDS_PER_INSERT;
var init_refresh_rollup = __esm({
  "src/history/refresh-rollup.ts"() {
    "use strict";
    init_errors();
    init_periods();
    init_session_filter();
    init_byte_halves();
    init_stats_query();
    init_rollup_staleness();
    init_stats_rollup2();
    ROWS_PER_INSERT = 500;
    IDS_PER_INSERT = 1e3;
  }
});

// src/cli/refresh-stats-command.ts
var refresh_stats_command_exports = {};
__export(refresh_stats_command_exports, {
  runRefreshStatsCommand: () => runRefreshStatsCommand
});
async function runRefreshStatsCommand(options) {
  const policy = exitPolicy(options);
  try {
    applyEnvOptions(options.env);
    const connection = resolveConnection(databaseFlags(options), process.env, (message) => warn(policy, message));
    const now = Math.floor(Date.now() / 1e3);
    const refresh = await usingDatabase(
      connection,
      (handle) => refreshStatsRollup(handle, { now, rebuild: options.rebuild === true })
    );
    const { computed, stored } = refresh;
    process.stdout.write(
      `${describeTarget(connection)}: stats rollup now holds everything before ${formatTime(refresh.horizon, "utc")}: ${stored.day} days, ${stored.week} weeks, ${stored.month} months (${computed.day}, ${computed.week}, ${computed.month} of them computed now); ${refresh.openSessions} open ${refresh.openSessions === 1 ? "session" : "sessions"} added when read
`
    );
  } catch (error) {
    reportFailure(policy, error);
  }
}
var init_refresh_stats_command = __esm({
  "src/cli/refresh-stats-command.ts"() {
    "use strict";
    init_refresh_rollup();
    init_connection_options();
    init_open_database();
    init_exit_policy();
    init_time();
    init_options();
  }
});

// src/history/prune.ts
async function countPrunable(handle, cutoff) {
  const row = await handle.db.selectFrom("session").select((eb) => eb.fn.countAll().as("count")).where("disconnect_time", "<", cutoff).executeTakeFirstOrThrow();
  return toNumber(row.count);
}
async function pruneSessions(handle, cutoff, options = {}) {
  const batchSize = options.batchSize ?? BATCH_SIZE2;
  let deleted = 0;
  for (; ; ) {
    const batch = await handle.db.selectFrom("session").select(["id", "connect_time"]).where("disconnect_time", "<", cutoff).limit(batchSize).execute();
    if (batch.length === 0) return deleted;
    const ids = batch.map((row) => toBigInt(row.id));
    const result = await withRetries(
      handle,
      () => handle.db.deleteFrom("session").where("id", "in", ids).where("disconnect_time", "<", cutoff).executeTakeFirst()
    );
    deleted += Number(result.numDeletedRows);
    await markRollupStale(handle, batch.map((row) => toNumber(row.connect_time)).reduce((a, b) => Math.min(a, b)));
    if (batch.length < batchSize) return deleted;
  }
}
var BATCH_SIZE2;
var init_prune = __esm({
  "src/history/prune.ts"() {
    "use strict";
    init_int8();
    init_open_database();
    init_rollup_staleness();
    BATCH_SIZE2 = 2e3;
  }
});

// src/cli/prune-command.ts
var prune_command_exports = {};
__export(prune_command_exports, {
  runPruneCommand: () => runPruneCommand
});
async function runPruneCommand(options) {
  const policy = exitPolicy(options);
  try {
    applyEnvOptions(options.env);
    const cutoff = Math.floor(Date.now() / 1e3) - parseDurationSpec(options.olderThan, "--older-than");
    const connection = resolveConnection(databaseFlags(options), process.env, (message) => warn(policy, message));
    const count = await usingDatabase(
      connection,
      (handle) => options.dryRun ? countPrunable(handle, cutoff) : pruneSessions(handle, cutoff)
    );
    const before = formatTime(cutoff, options.local ? "local" : "utc");
    process.stdout.write(
      `${describeTarget(connection)}: ${options.dryRun ? "would delete" : "deleted"} ${count} ${count === 1 ? "session" : "sessions"} that ended before ${before}
`
    );
  } catch (error) {
    reportFailure(policy, error);
  }
}
var init_prune_command = __esm({
  "src/cli/prune-command.ts"() {
    "use strict";
    init_prune();
    init_time_spec();
    init_connection_options();
    init_open_database();
    init_exit_policy();
    init_time();
    init_options();
  }
});

// src/cli/main.ts
var main_exports = {};
__export(main_exports, {
  main: () => main
});
module.exports = __toCommonJS(main_exports);
init_esm();
init_errors();
init_exit_policy();
init_options();
async function main(argv) {
  endQuietlyWhenReaderLeaves(process.stdout);
  const program2 = buildProgram();
  try {
    await program2.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError && error.exitCode === 0) return;
    const failure = error instanceof CommanderError ? new UserError(error.message.replace(/^error: /, "")) : error;
    reportFailure(exitPolicy(scanExitFlags(argv)), failure);
  }
}
function buildProgram() {
  const program2 = new Command("openvpn-db-log").description(
    "Log OpenVPN sessions to SQLite, PostgreSQL or MySQL/MariaDB.\nAs client-connect/client-disconnect hook it reads the environment OpenVPN sets;\nwith -S it applies an OpenVPN status file to the sessions still connected."
  ).version(true ? "0.1.0" : "development", "--version").enablePositionalOptions().exitOverride().configureOutput({ outputError: () => {
  } }).argument("[connect-config-file]", "the file OpenVPN appends to client-connect (accepted, left alone)").option("-f, --fork", "check options and environment, exit 0 and log in a detached process").option("--defer", "client-connect on OpenVPN 2.5+: let OpenVPN wait for the result while it serves other clients").option("--spool <dir>", "write the event to this directory and exit; a `drain` applies it to the database").option("-C, --update-create", "create a missing session on disconnect, db-update or status update");
  addExitOptions(program2);
  addDatabaseOptions(program2);
  addInstanceOptions(program2);
  addStatusInputOptions(program2).option("-N, --status-need-success", "commit nothing unless every client line matches").option("-A, --status-age <seconds>", "refuse a status older than this", positiveInteger("--status-age")).option("-I, --status-info", "explain rejected status lines (twice: also print them)", (_, n) => n + 1, 0).option("--close-missing", "also close open sessions the status no longer lists (see close-stale)").action(async (_file, options) => {
    if (options.statusFile !== void 0 || options.management !== void 0) {
      const { runStatusCommand: runStatusCommand2 } = await Promise.resolve().then(() => (init_status_command(), status_command_exports));
      await runStatusCommand2(options);
      return;
    }
    const { runHookCommand: runHookCommand2 } = await Promise.resolve().then(() => (init_hook_command(), hook_command_exports));
    await runHookCommand2(options);
  });
  const closeStale2 = program2.command("close-stale").description("close open sessions the server no longer knows: absent from a status, or --all-open (at server start)").exitOverride().configureOutput({ outputError: () => {
  } }).argument("[up-script-arguments...]", "what OpenVPN appends to an 'up' script (accepted, left alone)").option("--all-open", "close every open session of the instance (an OpenVPN 'up' script at server start)");
  addExitOptions(closeStale2);
  addDatabaseOptions(closeStale2);
  addInstanceOptions(closeStale2);
  addStatusInputOptions(closeStale2).action(async (_upScriptArguments, _options, command) => {
    const { runCloseStaleCommand: runCloseStaleCommand2 } = await Promise.resolve().then(() => (init_close_stale_command(), close_stale_command_exports));
    await runCloseStaleCommand2(effectiveOptions(command));
  });
  const migrate = program2.command("migrate").description("create or upgrade the database schema (adopts a database made by the Perl openvpn-db-log)").exitOverride().configureOutput({ outputError: () => {
  } });
  addExitOptions(migrate);
  addDatabaseOptions(migrate).action(async (_options, command) => {
    const { runMigrateCommand: runMigrateCommand2 } = await Promise.resolve().then(() => (init_migrate_command(), migrate_command_exports));
    await runMigrateCommand2(effectiveOptions(command));
  });
  const drain = program2.command("drain").description("apply the events hooks wrote with --spool, in arrival order, then exit (or --watch)").exitOverride().configureOutput({ outputError: () => {
  } }).requiredOption("--spool <dir>", "the spool directory the hooks write to").option("--watch", "keep running and apply new events as they arrive (for a systemd service)");
  addExitOptions(drain);
  addDatabaseOptions(drain).action(async (_options, command) => {
    const { runDrainCommand: runDrainCommand2 } = await Promise.resolve().then(() => (init_drain_command(), drain_command_exports));
    await runDrainCommand2(effectiveOptions(command));
  });
  const sessions = program2.command("sessions").description("list logged sessions, newest first").exitOverride().configureOutput({ outputError: () => {
  } }).option("--limit <n>", "show at most this many sessions, 0 for all (default: 100)");
  addHistoryOptions(sessions);
  addExitOptions(sessions);
  addDatabaseOptions(sessions).action(async (_options, command) => {
    const { runSessionsCommand: runSessionsCommand2 } = await Promise.resolve().then(() => (init_sessions_command(), sessions_command_exports));
    await runSessionsCommand2(effectiveOptions(command));
  });
  const stats = program2.command("stats").description("sessions, users, connected time, traffic and peak concurrency per user, instance or period").exitOverride().configureOutput({ outputError: () => {
  } }).addOption(new Option("--by <group>", "one row per").choices(["cn", "day", "week", "month", "instance"]).default("cn"));
  addHistoryOptions(stats);
  addExitOptions(stats);
  addDatabaseOptions(stats).action(async (_options, command) => {
    const { runStatsCommand: runStatsCommand2 } = await Promise.resolve().then(() => (init_stats_command(), stats_command_exports));
    await runStatsCommand2(effectiveOptions(command));
  });
  const refresh = program2.command("refresh-stats").description("bring the precomputed totals that unfiltered stats --by day|week|month read up to date (for a timer)").exitOverride().configureOutput({ outputError: () => {
  } }).option("--rebuild", "compute every period again from the sessions, after changing old sessions by hand");
  addExitOptions(refresh);
  addDatabaseOptions(refresh).action(async (_options, command) => {
    const { runRefreshStatsCommand: runRefreshStatsCommand2 } = await Promise.resolve().then(() => (init_refresh_stats_command(), refresh_stats_command_exports));
    await runRefreshStatsCommand2(effectiveOptions(command));
  });
  const prune = program2.command("prune").description("delete closed sessions that ended longer ago than --older-than, in small batches").exitOverride().configureOutput({ outputError: () => {
  } }).requiredOption("--older-than <duration>", "age of the disconnect, such as 180d or 12w (units s, m, h, d, w)").option("--dry-run", "only count the sessions that would go").option("--local", "print the cutoff in the local zone instead of UTC");
  addExitOptions(prune);
  addDatabaseOptions(prune).action(async (_options, command) => {
    const { runPruneCommand: runPruneCommand2 } = await Promise.resolve().then(() => (init_prune_command(), prune_command_exports));
    await runPruneCommand2(effectiveOptions(command));
  });
  return program2;
}
function addHistoryOptions(command) {
  const collect2 = (value, previous = []) => [...previous, value];
  return command.option("--cn <name>", "sessions of this common name (repeatable)", collect2).option("--cn-like <pattern>", "common name LIKE pattern: % any text, _ one character (repeatable)", collect2).option("--ip <address>", "source address or network, e.g. 203.0.113.0/24 (repeatable)", collect2).option("--vpn-ip <address>", "VPN address (IPv4 or IPv6) or network (repeatable)", collect2).option("--active", "sessions not disconnected yet").option("--at <time>", "sessions connected at that instant").option("--since <time>", "sessions still connected at or after that time").option("--until <time>", "sessions connected at or before that time").option("--instance <name>", "sessions of the instance with this name").option("--instance-proto <proto>", "sessions of instances with this protocol").option("--instance-port <port>", "sessions of instances on this port").option("--min-bytes <bytes>", "sessions with at least this traffic, in plus out (suffixes K, M, G, T: 1024s)").addOption(new Option("--format <format>", "output format").choices(["table", "json", "csv", "ndjson"]).default("table")).option("--local", "local time zone instead of UTC: printed times, TIME without offset, periods").addHelpText("after", "\nTIME: 2026-11-23, 2026-11-23T14:03:00Z (ISO 8601), 1795442580 (unix seconds), -4h, -30d, now.");
}
function addStatusInputOptions(command) {
  return command.option("-S, --status-file <file>", "an OpenVPN status file ('' reads standard input)").addOption(new Option("-V, --status-version <n>", "status file format").choices(["1", "2", "3"]).default("3")).option("--status-tz <zone>", "time zone of the dates in a version 1 status (default: TZ, the local zone)").option("--management <address>", "ask a running server for 'status 3': HOST:PORT or a unix socket path").option("--management-password-file <file>", "the management password, on its first line").option(
    "--stale-grace <seconds>",
    "never close a session younger than this, relative to the status time",
    positiveInteger("--stale-grace"),
    60
  );
}
function effectiveOptions(command) {
  const merged = {};
  for (const level of [command.parent, command]) {
    for (const [key, value] of Object.entries(level?.opts() ?? {})) {
      if (!(key in merged) || level?.getOptionValueSource(key) !== "default") merged[key] = value;
    }
  }
  return merged;
}
function scanExitFlags(argv) {
  const shortFlags = argv.filter((arg) => /^-[A-Za-z]+$/.test(arg)).join("");
  return {
    quiet: argv.includes("--quiet") || shortFlags.includes("q"),
    zero: argv.includes("--zero") || shortFlags.includes("z")
  };
}
function endQuietlyWhenReaderLeaves(stream) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") process.stderr.write(`openvpn-db-log: cannot write to standard output: ${error.message}
`);
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  main
});
//# sourceMappingURL=main.cjs.map
